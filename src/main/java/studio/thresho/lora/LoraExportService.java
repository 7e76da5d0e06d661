package studio.thresho.lora;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSummary;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.SignedInUser;

/**
 * LoRA training exports (FR-10.1): plans a talent's dataset for review, then streams the ZIP and
 * records a {@code lora_exports} row per talent once the ZIP is whole. Every signed-in user may
 * export, viewers too, as with library exports.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LoraExportService {

    /** How many talents one download may hold. */
    public static final int MAX_TALENTS = 20;

    private final DatasetPlanner planner;
    private final DatasetWriter writer;
    private final LoraExportStore store;
    private final AssetService assets;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;

    LoraExportService(DatasetPlanner planner, DatasetWriter writer, LoraExportStore store, AssetService assets, CurrentUser currentUser,
                      PlatformTransactionManager transactions) {
        this.planner = planner;
        this.writer = writer;
        this.store = store;
        this.assets = assets;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The dataset the request would export: images, captions (suggested, or as edited), guidance. */
    public LoraDataset plan(LoraExportRequest request) {
        return planner.plan(request);
    }

    /** A request with the defaults: the active version, kohya, the suggested trigger word, the class from the profile, 1024 px. */
    public LoraExportRequest defaultRequest(UUID lineageId, String name) {
        return new LoraExportRequest(lineageId, null, LoraFormat.KOHYA, TriggerWords.suggest(name), null, defaultLongSide(), null, null);
    }

    /** The long side images are scaled to unless the user keeps the originals. */
    public int defaultLongSide() {
        return writer.defaults().defaultLongSide();
    }

    /** The long sides offered besides the originals. */
    public List<Integer> longSides() {
        return writer.defaults().longSides();
    }

    /** Talents of the current project and the global library, for an export of several. */
    public List<AssetSummary> talents() {
        return assets.referenceChoices("talent");
    }

    /** "marcus-lora-kohya.zip"; "lora-kohya-3-talents.zip" for several. */
    public String fileName(List<LoraExportRequest> requests) {
        if (requests.size() == 1) {
            return assets.get(requests.getFirst().lineageId()).slug() + "-lora-" + requests.getFirst().format().fileSuffix() + ".zip";
        }
        return "lora-" + requests.getFirst().format().fileSuffix() + "-" + requests.size() + "-talents.zip";
    }

    /**
     * Checks every dataset, then streams the ZIP: one talent's dataset at its root, several as one
     * ZIP per talent. The rows are recorded only once the ZIP is whole; a failure or a cancel stops
     * before the ZIP's central directory, so no half ZIP passes for a whole one.
     */
    public List<LoraExportSummary> write(List<LoraExportRequest> requests, OutputStream out, BooleanSupplier cancelled) throws IOException {
        if (requests.isEmpty()) {
            throw new UserFacingException("Choose at least one talent.");
        }
        if (requests.size() > MAX_TALENTS) {
            throw new UserFacingException("At most " + MAX_TALENTS + " talents go in one export.");
        }
        List<LoraDataset> datasets = requests.stream().map(planner::plan).toList();
        Instant at = Instant.now();
        String exportedBy = currentUser.get().map(SignedInUser::username).orElse(null);
        List<List<String>> files = new ArrayList<>();
        LoraZipWriter zip = new LoraZipWriter(out);
        if (datasets.size() == 1) {
            files.add(writer.write(datasets.getFirst(), zip, at, exportedBy, cancelled));
        } else {
            for (LoraDataset dataset : datasets) {
                zip.nested(dataset.slug() + "-lora-" + dataset.format().fileSuffix() + ".zip",
                        inner -> files.add(writer.write(dataset, inner, at, exportedBy, cancelled)));
            }
        }
        zip.close();
        String fileName = fileName(requests);
        UUID userId = currentUser.get().map(SignedInUser::id).orElse(null);
        return transactions.execute(status -> {
            List<LoraExportSummary> recorded = new ArrayList<>();
            for (int i = 0; i < datasets.size(); i++) {
                recorded.add(store.insert(datasets.get(i), files.get(i), fileName, userId, at));
            }
            return recorded;
        });
    }

    /** The talent's recorded exports, newest first. */
    public List<LoraExportSummary> history(UUID lineageId) {
        return store.ofLineage(lineageId);
    }
}
