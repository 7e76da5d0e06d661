package studio.thresho.lora;

import java.util.List;

/**
 * How each format's dataset becomes a LoRA, step by step, written for a creative director rather
 * than an engineer: the "Training workflows" help page shows it, and every export carries its own
 * format's steps in {@code training-notes.md}.
 */
public final class TrainingWorkflows {

    /** One format's workflow: what it is for and its steps. */
    public record Workflow(LoraFormat format, String forWhom, List<String> steps) {
    }

    private TrainingWorkflows() {
    }

    public static List<Workflow> all() {
        return List.of(of(LoraFormat.KOHYA), of(LoraFormat.AI_TOOLKIT), of(LoraFormat.REPLICATE), of(LoraFormat.CIVITAI));
    }

    public static Workflow of(LoraFormat format) {
        return switch (format) {
            case KOHYA -> new Workflow(format, "A studio with its own GPU machine (12 GB or more) and someone who runs kohya_ss or EveryDream2.",
                    List.of("Export the talent in the kohya format and unzip it on the training machine.",
                            "kohya_ss: open the LoRA tab, load kohya.toml (Configuration file), choose the base model, and press Start training. "
                                    + "The folder img/<repeats>_<trigger> <class> tells kohya how often to repeat each image and which words to keep first.",
                            "sd-scripts on the command line: accelerate launch train_network.py --config_file kohya.toml.",
                            "EveryDream2: point data_root at the img folder; it reads the same captions and the repeats from multiply.txt.",
                            "Training takes 20-60 minutes. Try the result with the trigger word and the class in the prompt (\"mrcsx man, ...\")."));
            case AI_TOOLKIT -> new Workflow(format, "Flux LoRAs on your own GPU (24 GB) or a rented one (RunPod, Modal) with ostris ai-toolkit.",
                    List.of("Export the talent in the ai-toolkit format and unzip it next to ai-toolkit.",
                            "Run python run.py config.yaml: it trains on the dataset folder, replacing [trigger] in every caption with the trigger word.",
                            "Sample images appear every 250 steps in the output folder: stop early when the face is right and the backgrounds still vary.",
                            "Use the .safetensors file from the output folder in ComfyUI, Forge or any Flux pipeline."));
            case REPLICATE -> new Workflow(format, "No GPU at the studio: Replicate trains in the cloud and bills by the minute.",
                    List.of("Export the talent in the Replicate format: images and captions sit at the root of the ZIP, as the trainers want.",
                            "Flux: open ostris/flux-dev-lora-trainer on replicate.com, upload the ZIP as input_images and copy the values from "
                                    + "replicate.json (trigger_word, steps, learning_rate, lora_rank). Autocaption stays off: the captions are reviewed.",
                            "SDXL: open stability-ai/sdxl's trainer, upload the same ZIP and use token_string and caption_prefix from replicate.json.",
                            "Training takes about 20-30 minutes; the result is a model version on your Replicate account, usable from Thresho's Replicate provider."));
            case CIVITAI -> new Workflow(format, "A quick LoRA on Civitai's on-site trainer, paid in Buzz; good for trying an idea.",
                    List.of("Export the talent in the Civitai format: images with same-name .txt captions at the root of the ZIP.",
                            "On civitai.com choose Create > Train a LoRA > Character, upload the ZIP; Civitai asks how many images it holds "
                                    + "(the export's summary says).",
                            "Keep the captions the export wrote (do not let Civitai caption again), set the trigger word, choose the base model.",
                            "Download the trained LoRA when Civitai's e-mail arrives; keep it private unless the talent's rights allow publishing."));
        };
    }
}
