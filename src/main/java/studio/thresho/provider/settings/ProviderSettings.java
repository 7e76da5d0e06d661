package studio.thresho.provider.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.UpdateTimestamp;

/** How one provider is set up in this installation. */
@Entity
@Table(name = "provider_settings")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ProviderSettings {

    @Id
    @Column(name = "provider_id", length = 64)
    private String providerId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "base_url", length = 500)
    private String baseUrl;

    @Column(name = "default_model", length = 128)
    private String defaultModel;

    @Column(name = "parameters", columnDefinition = "longtext")
    private String parametersJson;

    @Column(name = "concurrency_limit", nullable = false)
    private int concurrencyLimit;

    /** The credential, encrypted; never the plain secret. */
    @Column(name = "credential_cipher", columnDefinition = "text")
    private String credentialCipher;

    /** The origin of the base URL the key was saved for ({@link ProviderHosts#origin}); null for keys saved before that was kept. */
    @Column(name = "credential_origin", length = 500)
    private String credentialOrigin;

    /** Hosts besides the base URL's that may receive the key, comma-separated; null for the provider's defaults. */
    @Column(name = "key_hosts", length = ProviderHosts.KEY_HOSTS_MAX_LENGTH)
    private String keyHosts;

    /** Models laid over the shipped catalogue, a JSON array ({@link studio.thresho.provider.catalogue.ModelCatalogue}); null for none. */
    @Column(name = "model_catalogue", columnDefinition = "longtext")
    private String modelCatalogue;

    /** Paid requests a project may send per calendar month; null for no cap. */
    @Column(name = "monthly_request_cap")
    private Integer monthlyRequestCap;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private Long lockVersion;

    ProviderSettings(String providerId, ProviderDefaults defaults) {
        this.providerId = providerId;
        this.baseUrl = defaults.baseUrl();
        this.defaultModel = defaults.model();
        this.concurrencyLimit = defaults.concurrencyLimit();
    }
}
