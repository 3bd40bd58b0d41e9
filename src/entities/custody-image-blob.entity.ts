import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The photograph itself, kept so reviewers can compare; deleted with the template on a granted deletion. */
@Entity('custody_image_blob')
export class CustodyImageBlob {
  @PrimaryColumn({ name: 'image_id', type: 'uuid' })
  imageId: string;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;
}
