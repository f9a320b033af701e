import { PhoneLink } from "@/components/ui/phone-link";
import { splitContactText } from "@/lib/queries/outside-bodies";

/** Contact details kept as printed, with email addresses and phone numbers made into links. */
export function ContactDetails({ text }: { text: string | null }) {
  if (!text?.trim()) return <p>No contact details are given.</p>;
  return (
    <p className="max-w-3xl break-words">
      {splitContactText(text).map((part, i) =>
        part.kind === "email" ? (
          <a key={i} href={`mailto:${part.value}`}>{part.value}</a>
        ) : part.kind === "phone" ? (
          <PhoneLink key={i} number={part.value} />
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
