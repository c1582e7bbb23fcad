import { Text } from "@react-email/components";
import { emailStyles } from "./salon-layout";

/** The policy in plain words, as a titled list: what the client agreed (or will agree) to. */
export function PolicyTerms({ title, terms }: { title: string; terms: readonly string[] }) {
  return (
    <>
      <Text>
        <strong>{title}</strong>
      </Text>
      {terms.map((term) => (
        <Text key={term} style={emailStyles.note}>
          • {term}
        </Text>
      ))}
    </>
  );
}
