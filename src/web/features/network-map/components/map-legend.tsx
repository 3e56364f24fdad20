/** What the map's colours and shapes mean, with the number of ties of each network type. */
import { NETWORK_COLOURS, NETWORK_EDGES, NETWORK_NAMES } from '../../../../core/report/palette';
import { FIRM_COLOUR, KEY_PERSON_COLOUR, UNTIED_COLOUR } from '../map-scene';
import { NETWORK_TYPES, type MapView, type NetworkModel } from '../network-model';

const ties = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'tie' : 'ties'}`;

export function MapLegend({ model, view, filtered }: { model: NetworkModel; view: MapView; filtered: boolean }) {
  return (
    <div className="map-legend">
      <h2 id="legend-heading" className="legend-heading">
        Legend
      </h2>
      <ul aria-labelledby="legend-heading">
        {NETWORK_TYPES.map((type) => (
          <li key={type} data-type={type}>
            <span className="swatch swatch-circle" style={{ background: NETWORK_COLOURS[type], borderColor: NETWORK_EDGES[type] }} aria-hidden="true" />
            {NETWORK_NAMES[type]}: <span className="legend-count">{ties(model.typeCounts[type])}</span>
            {filtered ? <span className="quiet"> ({view.typeCounts[type].toLocaleString('en')} shown)</span> : null}
          </li>
        ))}
        <li>
          <span className="swatch swatch-square" style={{ background: FIRM_COLOUR }} aria-hidden="true" />
          The firm
        </li>
        <li>
          <span className="swatch swatch-diamond" style={{ background: KEY_PERSON_COLOUR }} aria-hidden="true" />
          Key people
        </li>
        <li>
          <span className="swatch swatch-circle" style={{ background: UNTIED_COLOUR, borderColor: '#6b7785' }} aria-hidden="true" />
          Actors without ties
        </li>
      </ul>
      <p className="quiet">
        An actor takes the colour of its strongest tie and grows with that tie's strength; lines take the colour of their tie. Actors are grouped by country.
      </p>
    </div>
  );
}
