import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { findProvince } from '../../../shared/vn/provinces';

/** Land use type codes of the Land Law (đất ở đô thị, đất trồng lúa, …). */
export const LAND_USE_TYPES: Record<string, string> = {
  ODT: 'Đất ở tại đô thị',
  ONT: 'Đất ở tại nông thôn',
  LUC: 'Đất chuyên trồng lúa',
  CLN: 'Đất trồng cây lâu năm',
  BHK: 'Đất bằng trồng cây hằng năm khác',
  NTS: 'Đất nuôi trồng thủy sản',
  TMD: 'Đất thương mại, dịch vụ',
  SKC: 'Đất cơ sở sản xuất phi nông nghiệp',
};

@ObjectType({ description: 'A land parcel with a land use right certificate (thửa đất, giấy chứng nhận quyền sử dụng đất).' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'land_parcel' })
export class LandParcel {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'Serial of the certificate, e.g. "BS 123456".' })
  @Property({ type: 'text', unique: true })
  certificateSerial!: string;

  @Field(() => String, { description: 'Parcel number (thửa đất số).' })
  @Property({ type: 'text' })
  parcelNumber!: string;

  @Field(() => String, { description: 'Map sheet number (tờ bản đồ số).' })
  @Property({ type: 'text' })
  mapSheetNumber!: string;

  @Field(() => String, { description: 'Street line or place name of the parcel.' })
  @Property({ type: 'text' })
  street!: string;

  @Field(() => String, { description: 'Ward or commune of the parcel.' })
  @Property({ type: 'text' })
  ward!: string;

  @Field(() => String, { description: '2-digit code of the province of the parcel.' })
  @Property({ type: 'text' })
  provinceCode!: string;

  @Field(() => String, { description: 'The address on one line.' })
  get address(): string {
    return [this.street, this.ward, findProvince(this.provinceCode)?.officialName ?? this.provinceCode].join(', ');
  }

  @Field(() => Float, { nullable: true, description: 'Area in square metres. Restricted.' })
  @Property({ type: 'double' })
  areaM2!: number;

  @Field(() => String, { description: 'Land use type code, e.g. "ODT".' })
  @Property({ type: 'text' })
  useType!: string;

  @Field(() => String, { description: 'Land use type in words, e.g. "Đất ở tại đô thị".' })
  get useTypeName(): string {
    return LAND_USE_TYPES[this.useType] ?? this.useType;
  }
}

/** Who holds the land use right, with the share they hold. */
@Entity({ tableName: 'parcel_owner' })
export class ParcelOwner {
  @PrimaryKey({ type: 'uuid' })
  parcelId!: string;

  @PrimaryKey({ type: 'uuid' })
  ownerId!: string;

  @Property({ type: 'text' })
  ownerType!: string;

  @Property({ type: 'integer' })
  sharePercent!: number;
}
