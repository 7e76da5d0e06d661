package studio.thresho.asset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-asset consistency settings kept on the lineage, not on a version (they tune generation, not
 * the asset): for now the seed a talent keeps per provider, saved from a liked result.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ConsistencyService {

    private static final String SEEDS = "seeds";
    private static final String MJ_CHARACTER_WEIGHT = "midjourneyCharacterWeight";
    private static final String MJ_STYLE_WEIGHT = "midjourneyStyleWeight";
    private static final String CHARACTER_REFERENCE = "characterReference";
    private static final String STYLE_REFERENCE = "styleReference";
    private static final TypeReference<Map<String, Object>> SETTINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ConsistencyService(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> savedSeed(UUID lineageId, String providerId) {
        Object seeds = settings(lineageId).get(SEEDS);
        return seeds instanceof Map<?, ?> byProvider && byProvider.get(providerId) instanceof Number seed
                ? Optional.of(seed.longValue()) : Optional.empty();
    }

    /** Keeps the seed for the provider; written beside the lineage's lock so that an open edit form is not disturbed. */
    @Transactional
    public void saveSeed(UUID lineageId, String providerId, long seed) {
        Map<String, Object> settings = new LinkedHashMap<>(settings(lineageId));
        Map<String, Object> seeds = new LinkedHashMap<>();
        if (settings.get(SEEDS) instanceof Map<?, ?> existing) {
            existing.forEach((provider, value) -> seeds.put(provider.toString(), value));
        }
        seeds.put(providerId, seed);
        settings.put(SEEDS, seeds);
        jdbc.update("UPDATE asset_lineages SET consistency_settings = ? WHERE id = ?", json.writeValueAsString(settings), lineageId.toString());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ConsistencySettings get(UUID lineageId) {
        Map<String, Object> stored = settings(lineageId);
        Map<String, Long> seeds = new LinkedHashMap<>();
        if (stored.get(SEEDS) instanceof Map<?, ?> byProvider) {
            byProvider.forEach((provider, seed) -> {
                if (seed instanceof Number number) {
                    seeds.put(provider.toString(), number.longValue());
                }
            });
        }
        return new ConsistencySettings(seeds, integer(stored.get(MJ_CHARACTER_WEIGHT)), integer(stored.get(MJ_STYLE_WEIGHT)),
                stored.get(CHARACTER_REFERENCE) instanceof String choice ? choice : null,
                stored.get(STYLE_REFERENCE) instanceof String key ? key : null);
    }

    /** Replaces the settings; weights are checked against Midjourney's ranges. */
    @Transactional
    public ConsistencySettings save(UUID lineageId, ConsistencySettings settings) {
        check("The Midjourney character weight", settings.midjourneyCharacterWeight(), ConsistencySettings.MAX_CHARACTER_WEIGHT);
        check("The Midjourney style weight", settings.midjourneyStyleWeight(), ConsistencySettings.MAX_STYLE_WEIGHT);
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put(SEEDS, settings.seeds());
        put(stored, MJ_CHARACTER_WEIGHT, settings.midjourneyCharacterWeight());
        put(stored, MJ_STYLE_WEIGHT, settings.midjourneyStyleWeight());
        put(stored, CHARACTER_REFERENCE, settings.characterReference());
        put(stored, STYLE_REFERENCE, settings.styleReference());
        settings(lineageId);
        jdbc.update("UPDATE asset_lineages SET consistency_settings = ? WHERE id = ?", json.writeValueAsString(stored), lineageId.toString());
        return get(lineageId);
    }

    private static void check(String what, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            throw new UserFacingException(what + " is a number from 0 to " + max + ".");
        }
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Integer integer(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    private Map<String, Object> settings(UUID lineageId) {
        String stored = jdbc.query("SELECT consistency_settings FROM asset_lineages WHERE id = ?",
                rows -> rows.next() ? java.util.Optional.ofNullable(rows.getString(1)).orElse("{}") : null, lineageId.toString());
        if (stored == null) {
            throw new UserFacingException("That asset no longer exists.");
        }
        return json.readValue(stored, SETTINGS);
    }
}
