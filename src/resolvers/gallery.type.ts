import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CustodyImage } from '../entities';

@ObjectType()
export class FaceBoxType {
  @Field(() => Float) x: number;
  @Field(() => Float) y: number;
  @Field(() => Float) width: number;
  @Field(() => Float) height: number;
}

@ObjectType({ description: 'Measured quality of the enrolled face' })
export class FaceQualityType {
  @Field(() => Float) faceSizePx: number;
  @Field(() => Float) sharpness: number;
  @Field(() => Float) poseYawProxy: number;
  @Field(() => Float) detectorScore: number;
  @Field() acceptable: boolean;
  @Field(() => [String]) reasons: string[];
}

@ObjectType()
export class EnrolmentResult {
  @Field(() => CustodyImage)
  image: CustodyImage;

  @Field({ description: 'The same image was already enrolled in your force; nothing was added' })
  duplicate: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Which face of the photo was enrolled (every detected face counts, left to right); null for a duplicate',
  })
  faceIndex?: number;

  @Field(() => FaceBoxType, { nullable: true })
  faceBox?: FaceBoxType;

  @Field(() => FaceQualityType, { nullable: true })
  quality?: FaceQualityType;
}
