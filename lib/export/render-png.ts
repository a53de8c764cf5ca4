// Runs in the browser only (DOM, canvas, fetch of font subsets): kept out of server bundles.
import "client-only";
/**
 * Draws an export SVG onto a canvas at a pixel ratio and encodes it as PNG. The SVG carries its
 * fonts as data URIs, so the image looks the same as the SVG file; the canvas is white first
 * so the PNG has no transparent corners when pasted onto a coloured slide.
 */
export async function svgToPng(svg: string, width: number, height: number, pixelRatio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("canvas 2d context unavailable");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
