import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar } from '../../../shared/scalars';
import { DocumentKind } from './enums';

@ObjectType({ description: 'A document of a case: judgment, decision, notice, … Its content never changes once stored.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'document' })
export class Document {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => DocumentKind, { description: 'Kind of document.' })
  @Enum({ items: () => DocumentKind, type: 'text' })
  kind!: DocumentKind;

  @Field(() => String, { description: 'Document number as issued, e.g. "123/2025/DS-PT" for a judgment, "45/QĐ-THADS" for a decision.' })
  @Property({ type: 'text' })
  number!: string;

  @Field(() => String, { description: 'Title or summary line.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Code of the issuing court or agency.' })
  @Property({ type: 'text' })
  issuerCode!: string;

  @Field(() => String, { description: 'Name of the issuing court or agency.' })
  @Property({ type: 'text' })
  issuerName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of issue.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { description: 'SHA-256 of the content, hex: anyone holding a copy can check it is this document.' })
  @Property({ type: 'text' })
  sha256!: string;

  @Field(() => Int, { description: 'Size of the content in bytes (UTF-8).' })
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field(() => String, { description: 'Media type of the content, e.g. "text/plain; charset=utf-8".' })
  @Property({ type: 'text' })
  mediaType!: string;

  /** For a judgment submitted by a court: the enforcement agency it is sent to (its officers see it before a case exists). */
  @Property({ type: 'text', nullable: true })
  addressedAgencyId: string | null = null;

  @Property({ type: 'text', nullable: true })
  submittedBy: string | null = null;

  @Field(() => DateTimeScalar, { description: 'When the document was stored on the platform.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** The content of a document, kept apart so listing documents never reads it. Never updated. */
@Entity({ tableName: 'document_content' })
export class DocumentContent {
  @PrimaryKey({ type: 'uuid' })
  documentId!: string;

  @Property({ type: 'text' })
  text!: string;
}
