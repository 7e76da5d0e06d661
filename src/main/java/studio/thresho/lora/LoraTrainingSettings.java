package studio.thresho.lora;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How trainings are followed.
 *
 * @param pollInterval how often a running training is asked for its progress and log
 * @param retryDelay   the first wait after a step that met an unreachable provider (it doubles)
 * @param hardware     the hardware a newly created destination model is set to (its trained versions run on the trainer's)
 */
@ConfigurationProperties("thresho.lora.training")
record LoraTrainingSettings(@DefaultValue("30s") Duration pollInterval, @DefaultValue("30s") Duration retryDelay,
                            @DefaultValue("cpu") String hardware) {
}
