import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'municipalities' })
export class Municipality {
  /** Kommunenummer, four digits (2024 numbering). */
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  county!: string;

  /** Latitude of the administrative centre, WGS84 degrees. */
  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;
}
