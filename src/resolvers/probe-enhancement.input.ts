import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ENHANCEMENT_MAX_STEPS, ENHANCEMENT_OPERATIONS } from '../services';

const OPERATIONS = Object.entries(ENHANCEMENT_OPERATIONS)
  .map(([name, spec]) => {
    const parameters = Object.entries(spec.parameters as Record<string, Record<string, unknown>>)
      .map(([key, p]) =>
        p.kind === 'choice'
          ? `${key}: one of ${(p.values as string[]).join('/')}, default ${String(p.default)}`
          : `${key}: ${p.kind === 'int' ? 'whole number' : 'number'} ${String(p.min)}..${String(p.max)}${p.odd ? ', odd' : ''}`,
      )
      .join('; ');
    return `${name} (${parameters || 'no parameters'})`;
  })
  .join(', ');

@InputType('EnhancementStepInput', {
  description: `One enhancement step. Allowed operations and their parameters: ${OPERATIONS}. Anything else (generative, compositing, unknown) is refused with ENHANCEMENT_NOT_ALLOWED`,
})
export class EnhancementStepInput {
  @Field({
    description: 'The operation, by name (refused with ENHANCEMENT_NOT_ALLOWED when not in the allow-list)',
  })
  operation: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Its parameters by name; out of range: ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
  })
  parameters?: Record<string, unknown> | null;
}

@ArgsType()
export class EnhanceProbeArgs {
  @Field(() => ID) requestId: string;

  @Field(() => [EnhancementStepInput], {
    description: `The steps, in order (1 to ${ENHANCEMENT_MAX_STEPS}), applied to the probe as it stands (the original, or the result of an earlier enhancement)`,
  })
  // a hard bound on what is validated at all; the domain's limit (ENHANCEMENT_MAX_STEPS) is below it
  @ArrayMaxSize(64)
  steps: EnhancementStepInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'Which face of the result, when it shows several (the index from the MULTIPLE_FACES error)',
  })
  probeFaceIndex?: number;

  @Field(() => Int, { nullable: true, description: 'Refuse the change if the request has moved on' })
  expectedVersion?: number;
}
