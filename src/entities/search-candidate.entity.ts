import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One row of a search's candidate list: rank and cosine similarity against one custody image. */
@Entity('search_candidate')
@Unique(['requestId', 'rank'])
export class SearchCandidate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'double precision' })
  score: number;

  @Index()
  @Column({ name: 'image_id', type: 'uuid' })
  imageId: string;

  /** The gallery (force) the custody image belongs to. */
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;
}
