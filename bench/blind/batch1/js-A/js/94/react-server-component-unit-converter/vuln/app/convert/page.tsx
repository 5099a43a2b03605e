import { convert } from '@/lib/convert';

type Props = { searchParams: Promise<{ value?: string; expr?: string; unit?: string }> };

export default async function ConvertPage({ searchParams }: Props) {
  const { value = '1', expr = 'x * 2.54', unit = 'cm' } = await searchParams;
  const result = convert(Number(value), expr);
  return (
    <main>
      <h1>Unit converter</h1>
      <p>
        {value} &rarr; {result.toFixed(3)} {unit}
      </p>
      <form>
        <input name="value" defaultValue={value} />
        <input name="expr" defaultValue={expr} />
        <input name="unit" defaultValue={unit} />
        <button type="submit">Convert</button>
      </form>
    </main>
  );
}
