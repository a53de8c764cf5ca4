import { ProfileSkeleton } from "@/components/explore/profile-skeleton";

export default function Loading() {
  return <ProfileSkeleton />;
}
