/** The Shot lists page, a shot list's grid of shot rows, and the casting, recast and pin dialogs. */
package studio.thresho.shotlist.ui;
