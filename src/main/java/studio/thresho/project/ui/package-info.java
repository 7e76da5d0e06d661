/** Project pages: the project administration and the new-project dialog the shell offers admins. */
@org.springframework.modulith.NamedInterface("ui")
package studio.thresho.project.ui;
