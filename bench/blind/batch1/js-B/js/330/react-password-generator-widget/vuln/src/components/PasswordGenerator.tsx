import { useCallback, useState } from 'react';
import { generatePassword } from '../utils/generatePassword';

export function PasswordGenerator({ onUse }: { onUse: (pw: string) => void }) {
  const [length, setLength] = useState(20);
  const [symbols, setSymbols] = useState(true);
  const [digits, setDigits] = useState(true);
  const [value, setValue] = useState('');

  const regenerate = useCallback(() => {
    setValue(generatePassword({ length, symbols, digits }));
  }, [length, symbols, digits]);

  return (
    <fieldset className="pw-generator">
      <legend>Generate a strong password</legend>
      <label>
        Length {length}
        <input type="range" min={12} max={64} value={length} onChange={(e) => setLength(Number(e.target.value))} />
      </label>
      <label><input type="checkbox" checked={symbols} onChange={(e) => setSymbols(e.target.checked)} /> Symbols</label>
      <label><input type="checkbox" checked={digits} onChange={(e) => setDigits(e.target.checked)} /> Digits</label>
      <output>{value}</output>
      <button type="button" onClick={regenerate}>Generate</button>
      <button type="button" disabled={!value} onClick={() => onUse(value)}>Use this password</button>
    </fieldset>
  );
}
