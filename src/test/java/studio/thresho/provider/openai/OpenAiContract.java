package studio.thresho.provider.openai;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.Set;

/**
 * contracts/openai-images.openapi.yaml, cut from OpenAI's published document: the requests the
 * client sent (as WireMock recorded them) must pass it, so a renamed or mistyped field fails.
 */
final class OpenAiContract {

    static final String SPEC = OpenAiContract.class.getResource("/contracts/openai-images.openapi.yaml").toString();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build();

    private OpenAiContract() {
    }

    /** Validates a recorded request; its path keeps the {@code /v1} of the spec's server, as the stub is mounted there. */
    static ValidationReport validate(LoggedRequest recorded) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(recorded.getMethod().getName(), recorded.getUrl());
        for (HttpHeader header : recorded.getHeaders().all()) {
            request.withHeader(header.key(), header.values());
        }
        return VALIDATOR.validateRequest(request.withBody(recorded.getBodyAsString()).build());
    }

    static ValidationReport validate(SimpleRequest request) {
        return VALIDATOR.validateRequest(request);
    }

    /** The multipart fields the edits operation documents (the validator does not read multipart bodies). */
    static Set<String> editFields() {
        OpenAPI api = new OpenAPIV3Parser().read(SPEC);
        return api.getComponents().getSchemas().get("CreateImageEditRequest").getProperties().keySet();
    }
}
