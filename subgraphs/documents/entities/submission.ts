import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A PDF (or other file) submitted with a document; never altered. */
@Entity({ tableName: 'document_file' })
export class DocumentFile {
  @PrimaryKey({ type: 'uuid' })
  documentId!: string;

  @Property({ type: 'text' })
  mediaType!: string;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Property({ type: 'blob', lazy: true })
  bytes!: Buffer;
}

/** What extraction proposed for a judgment, and what an officer confirmed. */
@Entity({ tableName: 'document_extraction' })
export class DocumentExtraction {
  @PrimaryKey({ type: 'uuid' })
  documentId!: string;

  @Property({ type: 'json' })
  proposal!: unknown;

  @Property({ type: 'timestamptz' })
  extractedAt: Date = new Date();

  @Property({ type: 'json', nullable: true })
  confirmed: unknown = null;

  @Property({ type: 'text', nullable: true })
  confirmedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;
}
