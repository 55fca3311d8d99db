/**
 * Safety wording shared by the note, the printed record and the handouts: which emergency number
 * and same-day help to name. Depends on nothing else in Knotwork.
 */
package org.knotwork.safety;
