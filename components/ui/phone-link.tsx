/** A telephone number as a tel: link; non-breaking spaces keep the number on one line. */
export function PhoneLink({ number }: { number: string }) {
  return <a href={`tel:${number.replace(/[^\d+]/g, "")}`}>{number.trim().replace(/\s+/g, "\u00a0")}</a>;
}
