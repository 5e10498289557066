// Types for the part of Plotly's gl3d partial bundle the clusters page's 3-D view calls (the package ships none).
declare module "plotly.js-gl3d-dist-min" {
  const Plotly: {
    newPlot(root: HTMLElement, data: object[], layout?: object, config?: object): Promise<unknown>;
  };
  export default Plotly;
}
