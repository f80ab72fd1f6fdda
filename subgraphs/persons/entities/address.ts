import { Embeddable, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { findProvince } from '../../../shared/vn/provinces';

@ObjectType({ description: 'A postal address in one of the 34 provinces in force since 1 July 2025.' })
@Embeddable()
export class Address {
  @Field(() => String, { description: 'Street line: house number, lane, street or hamlet (số nhà, ngõ, đường, thôn).' })
  @Property({ type: 'text' })
  street!: string;

  @Field(() => String, { description: 'Ward or commune (phường, xã, đặc khu), with its unit type.' })
  @Property({ type: 'text' })
  ward!: string;

  @Field(() => String, { description: 'Official 2-digit code of the province (Decision 19/2025/QĐ-TTg), e.g. "01" for Hà Nội.' })
  @Property({ type: 'text' })
  provinceCode!: string;

  @Field(() => String, { description: 'Official name of the province, e.g. "Thành phố Hà Nội".' })
  get provinceName(): string {
    return findProvince(this.provinceCode)?.officialName ?? this.provinceCode;
  }

  @Field(() => String, { description: 'The whole address on one line, as printed on a notice.' })
  get formatted(): string {
    return [this.street, this.ward, this.provinceName].filter(Boolean).join(', ');
  }
}
