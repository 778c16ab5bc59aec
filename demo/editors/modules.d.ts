// jQuery 3 (which Summernote 0.9 needs) ships no types, and @types/jquery follows jQuery 4; the
// page only hands an element to Summernote's plugin.
declare module 'jquery' {
  const $: (element: Element) => unknown;
  export default $;
}
