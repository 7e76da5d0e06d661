/** The login page and the user administration (Admin &gt; Users). */
package studio.thresho.security.ui;
