package studio.thresho.exchange;

/** What an import does with an asset whose name the target library already has. */
public enum ConflictChoice {
    SKIP("Skip it"), NEW_VERSION("Import it as a new version of the library's asset"), COPY("Import it as a copy (\"Marcus (copy)\")");

    private final String label;

    ConflictChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
