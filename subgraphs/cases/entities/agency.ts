import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { findProvince } from '../../../shared/vn/provinces';

@ObjectType({ description: 'A provincial civil judgment enforcement agency (cơ quan thi hành án dân sự cấp tỉnh), one per province.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agency' })
export class Agency {
  @Field(() => ID, { description: 'Agency code, e.g. "THADS-01" for Hà Nội.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { description: 'Official name, e.g. "Thi hành án dân sự thành phố Hà Nội".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Official 2-digit code of the province the agency serves.' })
  @Property({ type: 'text' })
  provinceCode!: string;

  @Field(() => String, { description: 'Official name of the province the agency serves.' })
  get provinceName(): string {
    return findProvince(this.provinceCode)?.officialName ?? this.provinceCode;
  }

  @Field(() => String, { description: 'Head office address.' })
  @Property({ type: 'text' })
  address!: string;

  @Field(() => String, { description: 'Public telephone number of the agency.' })
  @Property({ type: 'text' })
  phone!: string;
}
