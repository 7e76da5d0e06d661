/** The Talent wizard pages: the list of sessions and the five steps of one session. */
package studio.thresho.wizard.ui;
