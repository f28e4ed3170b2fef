import { t } from '@/utils/i18n/t';

/** Just enough of the protobuf wire format to read Google Authenticator's export payload. */

export class ProtobufError extends Error {
  override name = 'ProtobufError';
}

export type ProtobufValue = { wire: 0; value: bigint } | { wire: 2; bytes: Uint8Array };

/** Reads a message into field number → values, skipping fixed-width fields it does not need. */
export function readMessage(bytes: Uint8Array): Map<number, ProtobufValue[]> {
  const fields = new Map<number, ProtobufValue[]>();
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (pos >= bytes.length) throw new ProtobufError(t('uri_data_number_cut'));
      const byte = bytes[pos++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
    }
    throw new ProtobufError(t('uri_data_number_long'));
  };
  while (pos < bytes.length) {
    const key = varint();
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    let value: ProtobufValue;
    if (wire === 0) value = { wire, value: varint() };
    else if (wire === 2) {
      const length = Number(varint());
      if (pos + length > bytes.length) throw new ProtobufError(t('uri_data_cut'));
      value = { wire, bytes: bytes.subarray(pos, pos + length) };
      pos += length;
    } else if (wire === 1 || wire === 5) {
      pos += wire === 1 ? 8 : 4;
      if (pos > bytes.length) throw new ProtobufError(t('uri_data_cut'));
      continue;
    } else throw new ProtobufError(t('uri_data_wire_type', wire));
    if (field === 0) throw new ProtobufError(t('uri_data_field_zero'));
    const list = fields.get(field) ?? [];
    list.push(value);
    fields.set(field, list);
  }
  return fields;
}
