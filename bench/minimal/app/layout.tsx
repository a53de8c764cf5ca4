import type { ReactNode } from "react";
import { Providers } from "./providers";

export const metadata = { title: "Minimal one-chart page" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
