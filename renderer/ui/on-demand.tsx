// Components whose code loads on demand, without React.lazy and Suspense. React reveals content
// that suspended no sooner than 300 ms after its fallback appeared (FALLBACK_THROTTLE_MS, to
// batch reveals), so every page and print route loaded that way waited up to 300 ms after its
// code was in; a print window waited twice (the print page, then its route). These render
// nothing until their code is in, then at once; code loaded before renders on the first pass.
import { useEffect, useState, type ComponentType } from 'react';

export type OnDemand<P extends object> = ComponentType<P> & {
  /** Starts loading the code now (the same load the first render would start). */
  preload(): Promise<ComponentType<P>>;
};

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    // A failed load (a chunk missing after an update) is tried again on the next render.
    loading ??= load().then((component) => (loaded = component), (error: unknown) => { loading = undefined; throw error; });
    return loading;
  };

  function Loaded(props: P) {
    const [, rerender] = useState(0);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      preload().then(() => { if (current) rerender((n) => n + 1); }, (error: unknown) => { if (current) setFailure({ error }); });
      return () => { current = false; };
    }, []);
    // As React.lazy does: a module that cannot load is an error for the nearest error boundary.
    if (failure) throw failure.error;
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(Loaded, { preload });
}
