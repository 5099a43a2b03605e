import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class Invoice {
  @PrimaryGeneratedColumn() id!: number;
  @Column() status!: string;
  @Column() issuedAt!: Date;
  @Column('int') amountCents!: number;
}
