// Types for the part of plotly.js-dist the clusters page's 3-D view calls (the package ships none).
declare module "plotly.js-dist" {
  const Plotly: {
    newPlot(root: HTMLElement, data: object[], layout?: object, config?: object): Promise<unknown>;
  };
  export default Plotly;
}
