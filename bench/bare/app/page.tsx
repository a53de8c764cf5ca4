// Rendered per request like the product's pages; nothing but text, so what Lighthouse measures is
// Next.js and React themselves (their runtime, the router and hydration of one element).
export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <main>
      <h1>全国对口支援三峡工程重庆库区</h1>
      <p>引入资金、产业合作项目、人才培训、援建学校、干部交流。</p>
    </main>
  );
}
