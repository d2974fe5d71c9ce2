/**
 * The review of found rounds as DOM: one fieldset per round with a Keep checkbox, each field in an
 * input, the passage behind it on demand (highlighted in its context) or the note "entered by
 * analyst", and the round's notes (merge, duplicate, earlier round). Text only, never markup.
 */
import { passageInContext, type ReviewRoundModel } from "../../sources/review/review-model";
import type { ReviewField } from "../../sources/review/review-round";
import { element } from "../dom";

export type FoundRoundEvents = {
  toggle(index: number, ticked: boolean): void;
  /** `unedited`: what the input showed before any correction. */
  edit(index: number, field: ReviewField, text: string, unedited: string): void;
};

/** The datalist of the catalog's company names, offered when correcting a company. */
export const COMPANY_LIST_ID = "known-companies";

/** One round's fieldset. */
export function renderFoundRound(
  model: ReviewRoundModel,
  index: number,
  article: string,
  events: FoundRoundEvents,
): HTMLFieldSetElement {
  const fieldset = element("fieldset", undefined, "found-round");
  fieldset.dataset.testid = "found-round";
  const legend = element("legend");
  const keep = element("label", undefined, "check");
  const box = element("input");
  box.type = "checkbox";
  box.id = `found-${index}-keep`;
  box.checked = model.ticked;
  box.addEventListener("change", () => events.toggle(index, box.checked));
  keep.append(box, ` Keep round ${index + 1}: ${model.title}`);
  legend.append(keep);
  fieldset.append(legend);
  for (const note of [
    model.current ? undefined : "An earlier round the article mentions in passing.",
    model.merge,
    model.duplicate,
  ]) {
    if (note)
      fieldset.append(element("p", note, model.duplicate === note ? "note warning-text" : "note"));
  }
  for (const row of model.rows) {
    const id = `found-${index}-${row.field}`;
    const field = element("div", undefined, "field review-field");
    const label = element("label", row.label);
    label.htmlFor = id;
    const input = element("input");
    input.id = id;
    input.type = "text";
    input.value = row.value;
    input.spellcheck = false;
    if (row.field === "company") input.setAttribute("list", COMPANY_LIST_ID);
    input.addEventListener("change", () =>
      events.edit(index, row.field, input.value, row.unedited),
    );
    field.append(label, input);
    // What is said of the value is read with it: "entered by analyst", and what to type instead.
    const described: string[] = [];
    const say = (text: string, className: string, suffix: string) => {
      const note = element("span", text, className);
      note.id = `${id}-${suffix}`;
      field.append(note);
      described.push(note.id);
    };
    if (row.enteredByAnalyst) say("entered by analyst", "analyst", "analyst");
    if (row.inferred) say(`inferred: ${row.inferred}`, "inferred", "inferred");
    if (row.error) {
      say(row.error, "field-error", "error");
      input.setAttribute("aria-invalid", "true");
    }
    if (described.length > 0) input.setAttribute("aria-describedby", described.join(" "));
    if (row.quote) field.append(passageToggle(article, row.quote, row.label, id));
    fieldset.append(field);
  }
  return fieldset;
}

/** A "Show passage" button that reveals the passage highlighted in its context. */
function passageToggle(
  article: string,
  quote: string,
  label: string,
  fieldId: string,
): HTMLElement {
  const wrap = element("div", undefined, "passage-toggle");
  const button = element("button", "Show passage");
  button.type = "button";
  button.id = `${fieldId}-passage`;
  button.setAttribute("aria-expanded", "false");
  button.title = `The passage behind ${label}`;
  const shown = element("p", undefined, "passage");
  shown.id = `${fieldId}-passage-text`;
  button.setAttribute("aria-controls", shown.id);
  shown.hidden = true;
  button.addEventListener("click", () => {
    // Found on first use: a long article has many passages, and each search reads all of it.
    if (!shown.hasChildNodes()) {
      const context = passageInContext(article, quote);
      if (context) shown.append(context.before, element("mark", context.passage), context.after);
      else shown.append(element("mark", quote));
    }
    shown.hidden = !shown.hidden;
    button.textContent = shown.hidden ? "Show passage" : "Hide passage";
    button.setAttribute("aria-expanded", String(!shown.hidden));
  });
  wrap.append(button, shown);
  return wrap;
}
