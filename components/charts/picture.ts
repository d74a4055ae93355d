import type { ChartConfiguration } from 'chart.js';
import type { ChartPicture } from '@/storage/report/docx';
import { Chart } from './register';

/**
 * A chart drawn off screen as a PNG, for a Word document: twice the size it takes on the page
 * so that it prints sharp, on white (Word shows a transparent picture on whatever is behind).
 */
export async function chartPicture(
  config: ChartConfiguration,
  size: { width: number; height: number },
  alt: string,
): Promise<ChartPicture> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const white = {
    id: 'white',
    beforeDraw: (c: Chart) => {
      c.ctx.fillStyle = '#ffffff';
      c.ctx.fillRect(0, 0, c.width, c.height);
    },
  };
  const chart = new Chart(canvas, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 2 },
    plugins: [...(config.plugins ?? []), white],
  } as ChartConfiguration);
  chart.draw();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  chart.destroy();
  const png = new Uint8Array(await blob!.arrayBuffer());
  return { png, width: size.width, height: size.height, alt };
}
