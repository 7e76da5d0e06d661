/** The LoRA export dialog (from a talent's page and from the library), its guidance panel and the "Training workflows" page. */
package studio.thresho.lora.ui;
