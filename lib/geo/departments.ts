/**
 * Bolivia's nine departments as filter values. Their ids are stable URL values
 * (`?place=cochabamba-department`); a place in data/places.json with one of these ids must be
 * that department.
 */
export const DEPARTMENTS = [
  { code: 'BO-B', id: 'beni-department', name: 'Beni' },
  { code: 'BO-C', id: 'cochabamba-department', name: 'Cochabamba' },
  { code: 'BO-H', id: 'chuquisaca-department', name: 'Chuquisaca' },
  { code: 'BO-L', id: 'la-paz-department', name: 'La Paz' },
  { code: 'BO-N', id: 'pando-department', name: 'Pando' },
  { code: 'BO-O', id: 'oruro-department', name: 'Oruro' },
  { code: 'BO-P', id: 'potosi-department', name: 'Potosí' },
  { code: 'BO-S', id: 'santa-cruz-department', name: 'Santa Cruz' },
  { code: 'BO-T', id: 'tarija-department', name: 'Tarija' },
] as const;

export type DepartmentCode = (typeof DEPARTMENTS)[number]['code'];

export function departmentIdOf(code: string): string | undefined {
  return DEPARTMENTS.find((d) => d.code === code)?.id;
}

export function departmentById(id: string) {
  return DEPARTMENTS.find((d) => d.id === id);
}

