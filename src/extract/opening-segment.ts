/**
 * Comma-separated pieces before a raise verb that are not its subject: an opening phrase of place
 * or time ("In Mexico, payroll startup X raised", "Prior to that, it raised") and a city before
 * its state's "-based" description ("Austin, Texas-based X raised").
 */

const OPENING_PHRASE =
  /^\s*(?:in|prior\s+to|before|after|following|outside(?:\s+of)?|across|elsewhere\s+in|meanwhile\s+in)\s+\S/i;
const PLACE_BASED = /^\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}-based\b/;

/**
 * Whether `segment`, followed by the piece `next`, only sets the scene for the subject that follows.
 *
 * @example
 * openingSegment("In Mexico", " payroll startup Nominal") // true
 * openingSegment("Austin", " Texas-based Fieldwise") // true
 * openingSegment("Nominal", undefined) // false
 */
export function openingSegment(segment: string, next: string | undefined): boolean {
  if (next === undefined || !/[A-Za-z]/.test(next)) return false;
  return OPENING_PHRASE.test(segment) || PLACE_BASED.test(next);
}
