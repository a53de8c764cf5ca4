import { UnknownCode } from "@/components/explore/unknown-code";

export default function SupporterNotFound() {
  return <UnknownCode kind="supporter" />;
}
