/** The per-site switch and the global pause. */
interface Props {
  /** '' when the tab has no site the switch could apply to. */
  host: string;
  siteOn: boolean;
  paused: boolean;
  onSite(on: boolean): void;
  onPause(paused: boolean): void;
}

export function Switches({ host, siteOn, paused, onSite, onPause }: Props) {
  return (
    <div class="switches" role="group" aria-label="Where Second Source runs">
      {host && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="site-switch"
            checked={siteOn}
            onChange={(e) => onSite((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>
            On <span class="host">{host}</span>
          </span>
        </label>
      )}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="pause-switch"
          checked={paused}
          onChange={(e) => onPause((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>Pause everywhere</span>
      </label>
    </div>
  );
}
