/** Country names above their clusters, in a layer over the canvas, moved with the view. */
import { countryName } from '../../lib/format';
import type { MapScene } from './map-scene';
import { NO_COUNTRY } from './network-model';

type Point = { x: number; y: number };

export class CountryLabels {
  private readonly labels: HTMLElement[] = [];
  /** Where each country's name goes, in graph coordinates: above its shown actors; undefined when none is shown. */
  private at: (Point | undefined)[] = [];

  constructor(
    layer: HTMLElement,
    private readonly scene: MapScene,
  ) {
    layer.classList.add('map-countries');
    layer.setAttribute('aria-hidden', 'true');
    for (const cluster of scene.clusters) {
      const label = document.createElement('span');
      label.textContent = cluster.country === NO_COUNTRY ? 'No country' : countryName(cluster.country);
      layer.append(label);
      this.labels.push(label);
    }
    this.measure();
  }

  /** Puts each country's name above the middle of its shown actors as they are now. */
  measure(): void {
    const { positions, hiddenNodes } = this.scene;
    this.at = this.scene.clusterMembers.map((members) => {
      let x = 0;
      let top = -Infinity;
      let shown = 0;
      for (const i of members) {
        if (hiddenNodes[i] === 1) continue;
        x += positions[i * 2] ?? 0;
        top = Math.max(top, positions[i * 2 + 1] ?? 0);
        shown += 1;
      }
      return shown === 0 ? undefined : { x: x / shown, y: top };
    });
  }

  /** Moves the names to where the view now shows their places. */
  place(toViewport: (at: Point) => Point): void {
    this.at.forEach((where, i) => {
      const label = this.labels[i];
      if (label === undefined) return;
      label.hidden = where === undefined;
      if (where === undefined) return;
      const at = toViewport(where);
      label.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px) translate(-50%, -120%)`;
    });
  }
}
