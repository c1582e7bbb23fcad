/** A text field of a posted form: its value, or "" when missing or not text (a file). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
