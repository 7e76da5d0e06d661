/**
 * ComfyUI, run by the studio: a workflow template in API format with placeholders, queued through
 * {@code POST /prompt} and followed through {@code GET /history/{prompt_id}}.
 *
 * <h2>The workflow template</h2>
 * The provider's parameters (Admin &gt; Providers) may hold {@code "workflow"}: a workflow exported
 * with "Save (API Format)", as a JSON object or as JSON text. Without it the shipped
 * {@code comfyui/default-workflow.json} runs (CheckpointLoaderSimple, two CLIPTextEncode,
 * EmptyLatentImage, KSampler, VAEDecode, SaveImage; checkpoint from the {@code "checkpoint"}
 * parameter, else the default model, else {@code sd_xl_base_1.0.safetensors}; image size from the
 * aspect ratio with the long side {@code "long_side"}, 1024 by default). Placeholders:
 * <ul>
 *   <li>{@code "{{prompt}}"}, {@code "{{negative_prompt}}"}: text (may sit inside longer text);</li>
 *   <li>{@code "{{seed}}"}, {@code "{{width}}"}, {@code "{{height}}"}: numbers, so they must be the whole string;</li>
 *   <li>{@code "{{checkpoint}}"}: a checkpoint file name;</li>
 *   <li>{@code "{{reference_image}}"}: the file name of the uploaded reference image.</li>
 * </ul>
 * Any other placeholder is refused, naming it; every placeholder of the template must be filled,
 * so a workflow with {@code {{reference_image}}} needs a reference image in each request (and the
 * provider then offers one reference to the Generate page).
 *
 * <h2>Adding IP-Adapter (a character reference)</h2>
 * With the ComfyUI_IPAdapter_plus nodes installed, add to the default workflow a node that loads
 * the uploaded reference and one that applies it to the model, and let the KSampler take the
 * adapted model:
 * <pre>{@code
 * "10": {"class_type": "LoadImage", "inputs": {"image": "{{reference_image}}"}},
 * "11": {"class_type": "IPAdapterUnifiedLoader", "inputs": {"model": ["4", 0], "preset": "PLUS FACE (portraits)"}},
 * "12": {"class_type": "IPAdapter", "inputs": {"model": ["11", 0], "ipadapter": ["11", 1], "image": ["10", 0],
 *        "weight": 0.8, "start_at": 0, "end_at": 1, "weight_type": "standard"}},
 * "3":  {"class_type": "KSampler", "inputs": {"model": ["12", 0], ...}}
 * }</pre>
 * The reference is sent first to {@code POST /upload/image} (into ComfyUI's input folder) and the
 * name ComfyUI answers fills {@code {{reference_image}}}, which is what LoadImage's {@code image}
 * input expects.
 */
package studio.thresho.provider.comfyui;
