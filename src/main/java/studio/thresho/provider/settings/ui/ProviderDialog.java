package studio.thresho.provider.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.provider.settings.ProviderHosts;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;

/**
 * Sets one provider up. The credential is write-only: it is never shown, an empty field keeps the
 * stored one, and saving one needs SECRETS_KEY. A key that cannot be used any more (SECRETS_KEY
 * changed, base URL changed) is named at the top of the key field.
 */
class ProviderDialog extends FormDialog {

    final Checkbox enabled = new Checkbox("Enabled");
    final TextField baseUrl = new TextField("Base URL");
    final ComboBox<String> model = new ComboBox<>("Default model");
    final TextArea parameters = new TextArea("Default parameters (JSON)");
    final TextArea modelCatalogue = new TextArea("Model catalogue (JSON, laid over the shipped models by name)");
    final IntegerField concurrency = new IntegerField("Concurrency limit");
    final IntegerField monthlyCap = new IntegerField("Paid requests per project per month");
    final PasswordField credential = new PasswordField("API key");
    final TextField keyHosts = new TextField("Other hosts of this provider");
    final Paragraph keyProblem = new Paragraph();
    final Button removeCredential = new Button("Remove the stored key");
    final Button test = new Button("Test connection");
    final Paragraph testResult = new Paragraph();

    private final ProviderSettingsService settings;
    private final ProviderSetup setup;
    /** The version this dialog shows: a save over another administrator's change is refused, never silently undone. */
    private long lockVersion;
    private final Runnable onSaved;

    ProviderDialog(ProviderSettingsService settings, ProviderSetup setup, Runnable onSaved) {
        super(setup.name(), "Save");
        this.settings = settings;
        this.setup = setup;
        this.lockVersion = setup.lockVersion();
        this.onSaved = onSaved;
        enabled.setValue(setup.enabled());
        baseUrl.setValue(setup.baseUrl() == null ? "" : setup.baseUrl());
        baseUrl.setPlaceholder(setup.defaults().baseUrl());
        baseUrl.setWidthFull();
        model.setItems(setup.defaults().models());
        model.setAllowCustomValue(true);
        model.addCustomValueSetListener(custom -> model.setValue(custom.getDetail()));
        model.setValue(setup.model());
        parameters.setValue(setup.parameters());
        parameters.setPlaceholder("{\"safety_tolerance\": 2}");
        parameters.setWidthFull();
        modelCatalogue.setValue(setup.modelCatalogue() == null ? "" : setup.modelCatalogue());
        modelCatalogue.setPlaceholder("[{\"name\": \"my-new-model\", \"kind\": \"image\", \"status\": \"current\", \"maxReferences\": 4}]");
        modelCatalogue.setHelperText("Add a model the provider released, or mark one legacy or retired (with a \"replacement\"): "
                + "a retired model is refused before any request. Empty: the shipped catalogue only.");
        modelCatalogue.setWidthFull();
        monthlyCap.setValue(setup.monthlyRequestCap());
        monthlyCap.setMin(0);
        monthlyCap.setMax(ProviderSettingsService.MAX_MONTHLY_REQUESTS);
        monthlyCap.setHelperText("Empty: no cap. Over the cap a generation is refused, with the count so far");
        concurrency.setValue(setup.concurrencyLimit());
        concurrency.setMin(1);
        concurrency.setMax(ProviderSettingsService.MAX_CONCURRENCY);
        concurrency.setHelperText("More generations wait in the queue instead of failing");
        credential.setPlaceholder(setup.hasCredential() ? "A key is stored; type a new one to replace it" : "Not set");
        credential.setHelperText(setup.defaults().credentialHelp() == null ? "Never shown again once saved" : setup.defaults().credentialHelp());
        credential.setWidthFull();
        credential.setEnabled(settings.canStoreCredentials());
        keyHosts.setValue(setup.keyHosts() == null ? "" : setup.keyHosts());
        keyHosts.setMaxLength(ProviderHosts.KEY_HOSTS_MAX_LENGTH);
        keyHosts.setHelperText("The key goes only to the base URL's address and to these hosts over https (comma-separated; "
                + "*.example.com for its subdomains). Changing the base URL needs the key entered again.");
        keyHosts.setWidthFull();
        keyProblem.addClassName("form-error");
        keyProblem.setText(setup.keyState().problem() == null ? "" : "The " + setup.keyState().problem());
        keyProblem.setVisible(setup.keyState().problem() != null);
        removeCredential.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        removeCredential.setVisible(setup.hasCredential());
        removeCredential.addClickListener(click -> {
            lockVersion = settings.setCredential(setup.providerId(), "").lockVersion();
            keyProblem.setVisible(false);
            removeCredential.setVisible(false);
            credential.setPlaceholder("Not set");
            onSaved.run();
        });
        test.addThemeVariants(ButtonVariant.LUMO_SMALL);
        test.addClickListener(click -> testConnection());
        testResult.addClassName("dialog-note");
        FormLayout form = new FormLayout(enabled, baseUrl, model, concurrency, monthlyCap, parameters, modelCatalogue, keyProblem, credential, removeCredential, keyHosts,
                test, testResult);
        form.setColspan(baseUrl, 2);
        form.setColspan(parameters, 2);
        form.setColspan(modelCatalogue, 2);
        form.setColspan(keyProblem, 2);
        form.setColspan(credential, 2);
        form.setColspan(keyHosts, 2);
        form.setColspan(testResult, 2);
        if (!settings.canStoreCredentials()) {
            Paragraph warning = new Paragraph("API keys cannot be stored yet: set SECRETS_KEY (at least 32 random characters) in the "
                    + "environment and restart; keys are kept encrypted with it.");
            warning.addClassName("form-error");
            addForm(warning, form);
        } else {
            addForm(form);
        }
        setWidth("680px");
    }

    void testConnection() {
        try {
            submitWithoutClosing();
            testResult.setText(settings.testConnection(setup.providerId()));
            testResult.removeClassName("form-error");
        } catch (UserFacingException failed) {
            testResult.setText(failed.getMessage());
            testResult.addClassName("form-error");
        }
    }

    @Override
    protected void submit() {
        submitWithoutClosing();
    }

    private void submitWithoutClosing() {
        ProviderSetup current = settings.all().stream().filter(candidate -> candidate.providerId().equals(setup.providerId())).findFirst()
                .orElse(setup);
        boolean newKey = !credential.getValue().isBlank();
        ProviderSetup saved = settings.save(new ProviderSetup(setup.providerId(), setup.name(), enabled.getValue(), baseUrl.getValue(),
                model.getValue(), parameters.getValue(), concurrency.getValue() == null ? 0 : concurrency.getValue(), setup.hasCredential(),
                setup.defaults(), lockVersion, keyHosts.getValue(), current.keyState(), modelCatalogue.getValue(), monthlyCap.getValue()),
                credential.getValue());
        lockVersion = saved.lockVersion();
        if (newKey) {
            keyProblem.setVisible(false);
            credential.clear();
            credential.setPlaceholder("A key is stored; type a new one to replace it");
            removeCredential.setVisible(true);
        }
        onSaved.run();
    }
}
