import { UnknownCode } from "@/components/explore/unknown-code";

export default function DistrictNotFound() {
  return <UnknownCode kind="district" />;
}
