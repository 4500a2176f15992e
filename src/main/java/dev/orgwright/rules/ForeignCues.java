package dev.orgwright.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cues of German, French and Spanish duties ({@link DutyCues}): the same lists as English,
 * written for the way job descriptions are phrased in each language. German states a duty with a
 * verb ("Leitet das Vertriebsteam") or a noun of work ("Leitung des Vertriebsteams"), French and
 * Spanish with a verb in the third person or the infinitive ("Pilote la stratégie", "Piloter
 * la stratégie", "Dirige el equipo") or a noun ("Gestion de la paie", "Gestión de nóminas").
 * Verbs are given in the infinitive; their forms come from the regular endings, and irregular
 * forms are listed beside them.
 */
final class ForeignCues {

    private ForeignCues() {
    }

    static DutyCues german() {
        List<String> verbs = List.of("leiten", "führen", "steuern", "verantworten", "entwickeln", "erstellen",
                "planen", "prüfen", "kontrollieren", "überwachen", "koordinieren", "organisieren", "betreuen",
                "bearbeiten", "buchen", "beantworten", "schreiben", "pflegen", "verwalten", "erfassen", "bestimmen",
                "definieren", "genehmigen", "entscheiden", "verhandeln", "vertreten", "sichern", "sorgen",
                "optimieren", "verbessern", "umsetzen", "implementieren", "einführen", "beraten", "unterstützen",
                "berichten", "informieren", "schulen", "coachen", "einstellen", "rekrutieren", "beurteilen",
                "bewerten", "analysieren", "testen", "programmieren", "installieren", "konfigurieren", "reparieren",
                "warten", "verpacken", "scannen", "kopieren", "ablegen", "tippen", "übersetzen", "ausarbeiten",
                "festlegen", "abstimmen", "vorbereiten", "durchführen", "gestalten", "vorantreiben", "treiben",
                "verkaufen", "bedienen", "empfangen", "begrüßen", "sortieren", "versenden", "abrechnen",
                "kalkulieren", "budgetieren", "restrukturieren", "zusammenlegen", "schließen", "investieren",
                "finanzieren", "repräsentieren", "bestellen", "liefern", "reinigen", "kassieren", "protokollieren",
                "aktualisieren", "einarbeiten", "moderieren", "priorisieren", "verteilen", "zuteilen", "erledigen",
                "beheben", "codieren", "dokumentieren", "bereitstellen", "sicherstellen", "gewährleisten",
                "ausrichten", "verabschieden", "formulieren", "fördern", "bauen", "aufbauen", "managen", "mitwirken",
                "wirken", "arbeiten", "erarbeiten", "ausbauen", "abschließen", "einhalten", "halten", "treffen",
                "übernehmen", "nehmen", "geben", "vorgeben", "legen", "stellen", "entgegennehmen", "erreichen",
                "erkennen", "ansprechen", "prägen", "abhalten", "auswerten", "überprüfen", "vereinbaren", "verfolgen",
                "identifizieren", "ermitteln", "erheben", "melden", "beschaffen", "einkaufen", "lagern",
                "transportieren", "montieren", "verbuchen", "kontieren", "mahnen", "zahlen", "besprechen",
                "präsentieren", "anleiten", "motivieren", "delegieren", "vorstellen", "abwickeln", "klären",
                "betreiben", "gewinnen", "akquirieren", "pflegen", "überarbeiten", "recherchieren", "beschließen");
        Set<String> irregular = words("hält", "trifft", "übernimmt", "nimmt", "gibt", "vertritt", "legt", "stellt",
                "setzt", "schließt", "schreibt", "entscheidet", "bringt", "trägt", "lädt", "misst", "sieht", "spricht",
                "fährt", "wirbt", "hilft", "empfiehlt", "verspricht", "befiehlt", "tritt", "weist", "zieht");
        Set<String> third = plus(germanThird(verbs), irregular);
        Set<String> actions = plus(union(third, words(verbs.toArray(String[]::new))), irregular);
        return new DutyCues(Locale.GERMAN,
                words("z.b.", "bzw.", "ca.", "usw.", "etc.", "ggf.", "inkl.", "d.h.", "u.a.", "nr.", "abt.", "dr.",
                        "hr.", "fr.", "evtl.", "max.", "min.", "mind."),
                List.of("nicht definiert", "nicht angegeben", "keine angabe", "keine angaben", "k.a.", "entfällt",
                        "unbekannt", "offen", "vakant", "unbesetzt", "n/a", "-", "tbd", "wird nachgereicht"),
                words("und", "oder", "der", "die", "das", "den", "dem", "des", "von", "für", "mit", "zu", "im", "in",
                        "auf", "bei", "sowie", "einschließlich", "inklusive", "zwischen", "ein", "eine"),
                words("der", "die", "das", "dieser", "diese", "dieses", "es", "wir", "unser", "unsere", "unseren",
                        "hier", "dort", "man"),
                words("leiter", "leiterin", "direktor", "direktorin", "geschäftsführer", "geschäftsführerin",
                        "stelleninhaber", "stelleninhaberin", "er", "sie", "position", "stelle", "manager",
                        "managerin", "referent", "referentin", "sachbearbeiter", "sachbearbeiterin", "mitarbeiter",
                        "mitarbeiterin", "assistent", "assistentin", "vorstand", "vorständin", "chef", "chefin",
                        "inhaber", "inhaberin", "person", "analyst", "analystin", "ingenieur", "ingenieurin",
                        "berater", "beraterin", "koordinator", "koordinatorin", "spezialist", "spezialistin",
                        "vorsitzende", "vorsitzender", "ich", "du"),
                words("zudem", "außerdem", "ferner", "auch", "und", "hauptsächlich", "vorwiegend", "gemeinsam",
                        "direkt", "persönlich", "selbst", "eigenständig", "selbstständig", "aktiv", "laufend"),
                words("ist", "sind", "war", "waren", "hat", "haben", "wird", "werden", "besteht", "bestehen",
                        "gehört", "gehören", "umfasst", "umfassen", "zählt", "zählen", "befindet", "liegt", "bietet"),
                actions, third,
                words("plant", "leitet", "führt", "steuert", "wartet", "berichtet"),
                List.of("t"),
                words("mitarbeitenden", "kunden", "daten", "finanzen", "unterlagen", "aufgaben"),
                words("verantwortlich", "zuständig", "verantwortung", "obliegt", "obliegen", "betraut", "beauftragt"),
                words("leitung", "führung", "steuerung", "verantwortung", "entwicklung", "erstellung", "planung",
                        "prüfung", "kontrolle", "überwachung", "koordination", "koordinierung", "organisation",
                        "betreuung", "bearbeitung", "beantwortung", "pflege", "verwaltung", "erfassung",
                        "festlegung", "genehmigung", "verhandlung", "vertretung", "sicherstellung", "optimierung",
                        "verbesserung", "umsetzung", "einführung", "beratung", "unterstützung", "schulung",
                        "einstellung", "rekrutierung", "beurteilung", "bewertung", "analyse", "wartung",
                        "übersetzung", "ausarbeitung", "abstimmung", "vorbereitung", "durchführung", "gestaltung",
                        "definition", "buchung", "ablage", "abrechnung", "dokumentation", "bereitstellung",
                        "erarbeitung", "formulierung", "priorisierung", "verteilung", "erledigung", "behebung",
                        "aufbau", "ausbau", "management", "restrukturierung", "neuorganisation", "umstrukturierung",
                        "budgetierung", "einarbeitung", "moderation", "protokollierung", "aktualisierung",
                        "förderung", "ausrichtung", "verabschiedung", "gewährleistung"),
                List.of("unternehmensweit", "unternehmensweite", "unternehmensweiten", "unternehmensweiter",
                        "konzernweit", "konzernweite", "konzernweiten", "des unternehmens", "des gesamten unternehmens",
                        "das gesamte unternehmen", "dem gesamten unternehmen", "im gesamten unternehmen",
                        "das unternehmen", "die gesamte organisation", "der gesamten organisation",
                        "der organisation", "des konzerns", "der gruppe", "der firma", "gesamtunternehmen",
                        "gesamtunternehmens", "vorstand", "vorstands", "vorstandes", "dem vorstand",
                        "aufsichtsrat", "aufsichtsrats", "aufsichtsrates", "gesellschafter", "gesellschaftern",
                        "eigentümer", "eigentümern", "investoren", "aktionäre", "aktionären", "anteilseigner",
                        "alle abteilungen", "aller abteilungen", "allen abteilungen", "alle bereiche",
                        "aller bereiche", "allen bereichen", "alle standorte", "aller standorte", "allen standorten",
                        "alle geschäftsbereiche", "aller geschäftsbereiche", "tochtergesellschaften",
                        "bereichsübergreifend", "bereichsübergreifende", "bereichsübergreifenden",
                        "gesamtstrategie", "gesamtbudget", "gesamtbudgets", "unternehmensstrategie",
                        "unternehmensziele", "unternehmenspolitik", "unternehmensleitbild", "unternehmenskultur",
                        "konzernstrategie", "gesamtorganisation", "gesamten organisation", "gesamte organisation"),
                words("team", "teams", "abteilung", "abteilungen", "bereich", "bereichs", "bereiches", "bereiche",
                        "gruppe", "referat", "referats", "dienst", "stelle", "filiale", "filialen", "standort",
                        "standorts", "standortes", "niederlassung", "niederlassungen", "projekt", "projekts",
                        "projektes", "projekte", "programm", "programms", "programme", "fachbereich", "fachbereichs",
                        "sachgebiet", "sachgebiets", "ressort", "ressorts", "werk", "werks", "werkes", "lager",
                        "lagers", "schicht", "schichten", "station", "praxis", "labor", "labors", "büro", "büros",
                        "markt", "filialteam", "kolonne", "truppe", "mannschaft", "dezernat", "einheit", "einheiten",
                        "funktion", "portfolio", "produktlinie", "region", "regionen", "sparte", "sparten",
                        "service", "betrieb", "betriebs", "werkstatt", "personal", "belegschaft"),
                plus(plus(inflectGerman("leiten", "führen", "steuern", "managen", "überwachen", "beaufsichtigen"),
                        "leitung", "führung", "steuerung", "management", "aufsicht")),
                List.of("tagesgeschäft", "tagesgeschäfts", "tagesgeschäftes", "täglichen", "tägliche", "täglich",
                        "dienstplan", "dienstpläne", "dienstplans", "schichtplan", "schichtpläne", "schichtplanung",
                        "einsatzplanung", "urlaubsplanung", "laufenden betrieb", "laufende betrieb",
                        "operativen betrieb", "operative betrieb", "alltag", "arbeitsverteilung",
                        "arbeitsabläufe", "arbeitsabläufen", "wochenplanung"),
                List.of("tippt", "kopiert", "scannt", "legt ab", "ablage", "sortiert die post", "post",
                        "nimmt anrufe", "anrufe", "telefonzentrale", "telefon", "empfang", "empfängt",
                        "begrüßt besucher", "besucher", "protokoll", "protokolle", "protokolliert",
                        "dateneingabe", "erfasst daten", "erfasst", "daten ein", "gibt daten", "rechnungen",
                        "rechnung", "belege", "bucht", "reisekosten", "reisen", "terminkalender", "termine",
                        "kalender", "büromaterial", "bestellt", "schreibt code", "programmiert", "code",
                        "behebt fehler", "fehler", "bugs", "testet", "installiert", "konfiguriert", "repariert",
                        "wartet", "kasse", "kassiert", "bedient kunden", "kunden", "verpackt", "packt",
                        "kommissioniert", "lädt", "reinigt", "tabellen", "excel", "schreibt", "entwürfe",
                        "entwirft", "übersetzt", "beantwortet", "e-mails", "mails", "briefe", "korrespondenz",
                        "gehaltsabrechnung", "lohnabrechnung", "selbst", "eigenständig", "eigenhändig",
                        "sachbearbeitung", "verwaltungsaufgaben", "anfragen", "tickets", "bestellungen",
                        "lieferungen", "pakete", "buchhaltung", "kontierung", "stammdaten"),
                words("strategie", "strategien", "strategisch", "strategische", "strategischen", "richtlinie",
                        "richtlinien", "politik", "budget", "budgets", "ausgaben", "kosten", "finanzen",
                        "finanziell", "finanzielle", "governance", "prioritäten", "ausrichtung", "vision",
                        "risiko", "risiken", "plan", "pläne", "planung", "compliance", "leistung", "ziele",
                        "zielvorgaben", "investitionen", "mission", "wachstum", "leitbild", "kultur"),
                words("von", "vom", "für", "des", "der", "zur", "zum"),
                words("und", "sowie"),
                words("zu"),
                List.of(),
                words(),
                true);
    }

    static DutyCues french() {
        List<String> verbs = List.of("piloter", "diriger", "encadrer", "manager", "superviser", "coordonner",
                "organiser", "animer", "gérer", "définir", "élaborer", "fixer", "arbitrer", "valider", "approuver",
                "décider", "négocier", "représenter", "développer", "mettre", "déployer", "conduire", "assurer",
                "veiller", "garantir", "contrôler", "suivre", "planifier", "préparer", "rédiger", "saisir", "traiter",
                "répondre", "accueillir", "classer", "archiver", "photocopier", "scanner", "taper", "tenir",
                "enregistrer", "facturer", "vérifier", "mettre", "installer", "configurer", "réparer", "tester",
                "programmer", "coder", "corriger", "livrer", "emballer", "vendre", "conseiller", "former", "recruter",
                "évaluer", "accompagner", "motiver", "informer", "communiquer", "rendre", "réaliser", "analyser",
                "produire", "traduire", "écrire", "établir", "fournir", "améliorer", "optimiser", "réduire",
                "restructurer", "réorganiser", "fusionner", "fermer", "céder", "investir", "allouer", "répartir",
                "attribuer", "orienter", "impulser", "porter", "incarner", "concevoir", "construire", "maintenir",
                "entretenir", "nettoyer", "commander", "réceptionner", "préparer", "établir", "tenir", "prendre",
                "gérer", "participer", "contribuer", "mener", "présider", "promouvoir", "proposer", "soutenir",
                "aider", "assister", "documenter", "mettre", "rapprocher", "budgéter", "chiffrer", "instruire",
                "exécuter", "appliquer", "respecter", "remonter", "signaler", "encaisser", "servir", "livrer",
                "relancer", "trier", "distribuer", "poster", "actualiser", "mettre", "administrer", "budgétiser",
                "repérer", "remédier", "partager", "expédier", "identifier", "lancer", "accélérer", "générer",
                "intégrer", "régler", "compléter", "récupérer", "envoyer", "nettoyer", "employer", "appeler",
                "calculer", "consolider", "auditer", "collecter", "recenser", "chercher", "prospecter",
                "visiter", "transporter", "charger", "ranger", "monter", "concilier", "payer", "régulariser",
                "déléguer", "fédérer", "mobiliser", "définir", "arrêter", "signer", "piloter", "résoudre",
                "obtenir", "recevoir", "défendre", "entreprendre", "comprendre", "apprendre");
        Set<String> irregular = words("gère", "gèrent", "mène", "mènent", "promeut", "élabore", "répond", "prend",
                "met", "conduit", "produit", "traduit", "écrit", "suit", "tient", "soutient", "maintient", "entretient",
                "rend", "cède", "intervient", "définit", "établit", "fournit", "garantit", "saisit", "investit",
                "réagit", "accueille", "conçoit", "construit", "sert", "fait", "dirige", "dirigent", "envoie",
                "nettoie", "emploie", "appelle", "paie", "résout", "obtient", "reçoit", "défend", "entreprend",
                "apprend", "vend", "répartit", "part");
        Set<String> third = plus(frenchThird(verbs), irregular);
        Set<String> actions = plus(union(third, words(verbs.toArray(String[]::new))), irregular);
        return new DutyCues(Locale.FRENCH,
                words("p.ex.", "ex.", "etc.", "cf.", "n°", "no.", "m.", "mme.", "dr.", "env.", "resp.", "dir."),
                List.of("non défini", "non définie", "non renseigné", "non renseignée", "non communiqué", "néant",
                        "aucun", "aucune", "inconnu", "vacant", "à définir", "à pourvoir", "n/a", "nc", "n.c.", "-"),
                words("et", "ou", "de", "des", "du", "le", "la", "les", "l'", "d'", "à", "au", "aux", "pour", "avec",
                        "par", "sur", "dans", "en", "entre", "dont", "un", "une"),
                words("le", "la", "les", "l'", "ce", "cette", "ces", "il", "elle", "nous", "notre", "nos", "on", "c'",
                        "ici", "cet"),
                words("directeur", "directrice", "responsable", "chef", "titulaire", "il", "elle", "poste",
                        "gestionnaire", "assistant", "assistante", "manager", "adjoint", "adjointe", "président",
                        "présidente", "collaborateur", "collaboratrice", "analyste", "ingénieur", "ingénieure",
                        "consultant", "consultante", "coordinateur", "coordinatrice", "chargé", "chargée",
                        "technicien", "technicienne", "comptable", "je", "tu", "personne", "délégué", "déléguée",
                        "secrétaire"),
                words("se", "s'", "également", "aussi", "et", "notamment", "principalement", "directement", "personnellement",
                        "conjointement", "en", "outre", "par", "ailleurs", "activement"),
                words("est", "sont", "était", "étaient", "a", "ont", "sera", "seront", "comprend", "comprennent",
                        "compte", "comptent", "regroupe", "regroupent", "se", "dispose", "offre", "propose"),
                actions, third,
                words("contrôle", "pilote", "suivi", "conseille", "forme", "porte", "compte", "service", "classe",
                        "programme", "budget", "commande", "livre", "poste", "signale"),
                List.of("er", "ir"),
                words("premier", "dernier", "entier", "métier", "chantier", "dossier", "fichier", "courrier",
                        "calendrier", "papier", "quartier", "atelier", "plaisir", "avenir", "loisir", "désir"),
                words("responsable", "responsables", "charge", "chargé", "chargée", "missions", "mission", "garant",
                        "garante", "incombe"),
                words("gestion", "direction", "pilotage", "encadrement", "supervision", "coordination",
                        "organisation", "animation", "définition", "élaboration", "fixation", "arbitrage",
                        "validation", "approbation", "négociation", "représentation", "développement",
                        "mise", "déploiement", "conduite", "suivi", "contrôle", "planification", "préparation",
                        "rédaction", "saisie", "traitement", "accueil", "classement", "archivage", "tenue",
                        "enregistrement", "facturation", "vérification", "installation", "configuration",
                        "réparation", "maintenance", "entretien", "programmation", "correction", "livraison",
                        "vente", "conseil", "formation", "recrutement", "évaluation", "accompagnement",
                        "réalisation", "analyse", "production", "traduction", "amélioration", "optimisation",
                        "réduction", "restructuration", "réorganisation", "fusion", "fermeture", "cession",
                        "allocation", "répartition", "conception", "administration", "management", "relance",
                        "promotion", "gouvernance", "supervision", "exécution", "application", "budgétisation"),
                List.of("de l'entreprise", "de la société", "de l'ensemble de l'entreprise", "toute l'entreprise",
                        "l'ensemble de l'entreprise", "l'ensemble de la société", "toute la société",
                        "à l'échelle de l'entreprise", "de l'organisation", "toute l'organisation",
                        "l'ensemble de l'organisation", "du groupe", "tout le groupe", "l'ensemble du groupe",
                        "à l'échelle du groupe", "conseil d'administration", "le conseil", "au conseil",
                        "du conseil", "comité de direction", "comité exécutif", "codir", "comex", "actionnaires",
                        "investisseurs", "associés", "tous les services", "toutes les directions",
                        "tous les départements", "toutes les filiales", "les filiales", "tous les sites",
                        "toutes les entités", "transverse", "transversale", "stratégie globale", "budget global",
                        "globale de l'entreprise", "global de l'entreprise", "groupe entier", "entreprise entière",
                        "de la maison mère", "l'entreprise", "la société"),
                words("équipe", "équipes", "service", "services", "département", "départements",
                        "unité", "unités", "pôle", "pôles", "cellule", "bureau", "agence", "agences", "site",
                        "sites", "usine", "entrepôt", "atelier", "magasin", "boutique", "succursale", "antenne",
                        "projet", "projets", "programme", "programmes", "portefeuille", "division", "divisions",
                        "branche", "région", "secteur", "rayon", "plateau", "chantier", "laboratoire", "labo",
                        "fonction", "périmètre", "business", "entité", "filiale", "établissement", "brigade",
                        "personnel"),
                plus(words("dirige", "dirigent", "diriger", "dirigeant", "encadre", "encadrent", "encadrer",
                        "encadrant", "pilote", "pilotent", "piloter", "pilotant", "manage", "managent", "manager",
                        "managant", "supervise", "supervisent", "superviser", "supervisant", "gère", "gèrent",
                        "gérer", "gérant", "anime", "animent", "animer", "animant", "coordonne", "coordonnent",
                        "coordonner", "coordonnant", "mène", "mener", "préside", "présider"),
                        "direction", "encadrement", "pilotage", "management", "supervision", "gestion",
                        "animation", "coordination"),
                List.of("au quotidien", "quotidien", "quotidienne", "quotidiennes", "quotidiens", "planning",
                        "plannings", "roulement", "roulements", "horaires", "astreintes", "file d'attente",
                        "fonctionnement courant", "opérations courantes", "activité courante", "jour le jour",
                        "opérationnel", "opérationnelle", "opérationnelles", "opérationnels"),
                List.of("saisit", "saisie", "tape", "photocopie", "photocopies", "scanne", "classe", "classement",
                        "archive", "archivage", "courrier", "standard", "téléphone", "appels", "accueille",
                        "accueil", "visiteurs", "comptes rendus", "compte rendu", "procès-verbaux",
                        "factures", "facture", "notes de frais", "agenda", "agendas", "déplacements",
                        "fournitures", "commande", "commandes", "code", "développe", "corrige", "bugs", "anomalies",
                        "teste", "installe", "configure", "répare", "caisse", "encaisse", "clients", "emballe",
                        "colis", "prépare les commandes", "nettoie", "tableaux", "tableur", "excel", "rédige",
                        "traduit", "répond", "courriels", "e-mails", "mails", "lettres", "paie", "bulletins",
                        "lui-même", "elle-même", "soi-même", "manuellement", "administratif", "administratives",
                        "demandes", "tickets", "livraisons", "rapprochements", "écritures", "dossiers"),
                words("stratégie", "stratégies", "stratégique", "stratégiques", "politique", "politiques", "budget",
                        "budgets", "dépenses", "coûts", "finances", "financier", "financière", "financiers",
                        "gouvernance", "priorités", "orientation", "orientations", "vision", "risque", "risques",
                        "plan", "plans", "conformité", "performance", "objectifs", "cap", "investissements",
                        "croissance", "mission", "culture", "trajectoire"),
                words("de", "des", "du", "d'", "pour"),
                words("et"),
                words(),
                List.of(),
                words(),
                false);
    }

    static DutyCues spanish() {
        List<String> verbs = List.of("dirigir", "liderar", "gestionar", "coordinar", "supervisar", "organizar",
                "definir", "fijar", "elaborar", "aprobar", "decidir", "negociar", "representar", "desarrollar",
                "implantar", "implementar", "asegurar", "garantizar", "controlar", "planificar", "preparar",
                "redactar", "registrar", "tramitar", "atender", "responder", "archivar", "fotocopiar", "escanear",
                "teclear", "introducir", "facturar", "verificar", "comprobar", "revisar", "instalar", "configurar",
                "reparar", "probar", "programar", "codificar", "corregir", "entregar", "empaquetar", "vender",
                "asesorar", "formar", "contratar", "seleccionar", "evaluar", "acompañar", "motivar", "informar",
                "comunicar", "reportar", "realizar", "analizar", "producir", "traducir", "escribir", "establecer",
                "proporcionar", "mejorar", "optimizar", "reducir", "reestructurar", "reorganizar", "fusionar",
                "cerrar", "vender", "invertir", "asignar", "repartir", "orientar", "impulsar", "diseñar",
                "construir", "mantener", "limpiar", "pedir", "recibir", "llevar", "participar", "contribuir",
                "presidir", "promover", "proponer", "apoyar", "ayudar", "asistir", "documentar", "conciliar",
                "presupuestar", "ejecutar", "aplicar", "cumplir", "cobrar", "servir", "clasificar", "distribuir",
                "actualizar", "administrar", "velar", "marcar", "determinar", "formular", "conducir", "crear",
                "emitir", "elaborar", "preparar", "encargar", "cuidar", "resolver", "defender", "rendir", "atender",
                "recomendar", "gobernar", "tomar", "hacer", "llevar", "mantener", "seguir", "medir",
                "detectar", "abordar", "compartir", "calcular", "enviar", "identificar", "fomentar", "vigilar",
                "buscar", "captar", "visitar", "manejar", "operar", "cargar", "descargar", "transportar",
                "ordenar", "colocar", "reponer", "montar", "auditar", "recopilar", "consolidar", "contestar",
                "acordar", "evaluar", "actuar", "guiar", "ampliar", "promover", "mostrar", "sostener",
                "obtener", "conseguir", "disponer", "delegar", "impartir", "pagar", "liquidar", "cuadrar",
                "encargarse", "ocuparse", "asegurarse", "velar", "decidir", "fijar", "proponer", "negociar");
        Set<String> irregular = words("aprueba", "aprueban", "prueba", "prueban", "atiende", "atienden",
                "resuelve", "resuelven", "mantiene", "mantienen", "sirve", "sirven", "mide", "miden", "sigue",
                "siguen", "cierra", "cierran", "recomienda", "gobierna", "defiende", "pide", "piden", "corrige",
                "corrigen", "elige", "rinde", "introduce", "produce", "traduce", "conduce", "construye",
                "contribuye", "distribuye", "invierte", "hace", "toma", "dirige", "dirigen", "envía", "envían",
                "evalúa", "evalúan", "actúa", "guía", "amplía", "promueve", "promueven", "muestra", "sostiene",
                "obtiene", "consigue", "dispone", "acuerda", "repone", "encarga", "ocupa");
        Set<String> third = plus(spanishThird(verbs), irregular);
        Set<String> actions = plus(union(third, words(verbs.toArray(String[]::new))), irregular);
        return new DutyCues(Locale.forLanguageTag("es"),
                words("p.ej.", "ej.", "etc.", "sr.", "sra.", "dr.", "dra.", "núm.", "n.º", "aprox.", "dpto.",
                        "depto.", "admón.", "cía."),
                List.of("no definido", "no definida", "sin definir", "no consta", "no aplica", "ninguno", "ninguna",
                        "desconocido", "vacante", "por definir", "pendiente", "n/a", "n/d", "-"),
                words("y", "e", "o", "u", "de", "del", "el", "la", "los", "las", "a", "al", "para", "con", "por",
                        "en", "sobre", "entre", "un", "una", "que"),
                words("el", "la", "los", "las", "este", "esta", "estos", "estas", "nuestro", "nuestra",
                        "nuestros", "nuestras", "se", "hay", "aquí", "es", "su"),
                words("director", "directora", "jefe", "jefa", "responsable", "titular", "él", "ella", "puesto",
                        "gerente", "coordinador", "coordinadora", "asistente", "técnico", "técnica", "analista",
                        "presidente", "presidenta", "consejero", "consejera", "delegado", "delegada", "ingeniero",
                        "ingeniera", "consultor", "consultora", "administrativo", "administrativa", "yo", "tú",
                        "persona", "encargado", "encargada", "secretario", "secretaria", "contable", "auxiliar"),
                words("se", "también", "además", "y", "principalmente", "directamente", "personalmente", "conjuntamente",
                        "igualmente", "asimismo", "activamente"),
                words("es", "son", "era", "eran", "está", "están", "tiene", "tienen", "cuenta", "cuentan", "consta",
                        "constan", "incluye", "incluyen", "forma", "forman", "ofrece", "ofrecen", "presta",
                        "prestan", "agrupa", "agrupan", "depende", "dependen"),
                actions, third,
                words("control", "plan", "registro", "archivo", "programa", "informe", "pedido", "cobro", "apoyo",
                        "forma", "marca", "cuenta", "presupuesto"),
                List.of("ar", "er", "ir"),
                words("lugar", "hogar", "mar", "alquiler", "mujer", "taller", "poder", "placer", "nivel", "par"),
                words("responsable", "responsables", "encargado", "encargada", "cargo", "funciones", "función",
                        "tareas", "misión"),
                words("gestión", "dirección", "liderazgo", "coordinación", "supervisión", "organización",
                        "definición", "fijación", "elaboración", "aprobación", "negociación", "representación",
                        "desarrollo", "implantación", "implementación", "control", "planificación", "preparación",
                        "redacción", "registro", "tramitación", "atención", "archivo", "facturación",
                        "verificación", "comprobación", "revisión", "instalación", "configuración", "reparación",
                        "mantenimiento", "programación", "corrección", "entrega", "venta", "asesoramiento",
                        "formación", "contratación", "selección", "evaluación", "acompañamiento", "realización",
                        "análisis", "producción", "traducción", "mejora", "optimización", "reducción",
                        "reestructuración", "reorganización", "fusión", "cierre", "asignación", "reparto",
                        "diseño", "administración", "seguimiento", "ejecución", "aplicación", "conciliación",
                        "elaboración", "resolución", "emisión", "gobierno", "presupuestación", "cobro", "pago",
                        "pagos"),
                List.of("de la empresa", "de toda la empresa", "toda la empresa", "el conjunto de la empresa",
                        "del conjunto de la empresa", "a nivel de empresa", "de la compañía", "toda la compañía",
                        "de toda la compañía", "de la organización", "toda la organización",
                        "de toda la organización", "del grupo", "todo el grupo", "de todo el grupo",
                        "consejo de administración", "el consejo", "al consejo", "del consejo", "comité de dirección",
                        "comité ejecutivo", "accionistas", "inversores", "socios", "todos los departamentos",
                        "todas las áreas", "todas las direcciones", "todas las filiales", "las filiales",
                        "todas las sedes", "todas las unidades de negocio", "transversal", "transversales",
                        "estrategia global", "presupuesto global", "global de la empresa", "la empresa",
                        "la compañía", "la organización", "de la sociedad", "la sociedad"),
                words("equipo", "equipos", "departamento", "departamentos", "área", "áreas", "servicio", "servicios",
                        "unidad", "unidades", "sección", "secciones", "oficina", "oficinas", "sucursal",
                        "sucursales", "delegación", "sede", "planta", "almacén", "tienda", "taller", "proyecto",
                        "proyectos", "programa", "programas", "cartera", "división", "divisiones", "rama",
                        "región", "zona", "turno", "turnos", "laboratorio", "función", "célula", "centro",
                        "brigada", "cuadrilla", "línea", "negocio", "filial", "establecimiento", "personal",
                        "plantilla"),
                plus(words("dirige", "dirigen", "dirigir", "dirigiendo", "lidera", "lideran", "liderar",
                        "liderando", "gestiona", "gestionan", "gestionar", "gestionando", "coordina", "coordinan",
                        "coordinar", "coordinando", "supervisa", "supervisan", "supervisar", "supervisando",
                        "encabeza", "encabezar", "preside", "presidir", "conduce", "conducir"),
                        "dirección", "liderazgo", "gestión", "coordinación", "supervisión"),
                List.of("día a día", "diario", "diaria", "diarias", "diarios", "cuadrante", "cuadrantes",
                        "turnos", "horarios", "guardias", "cola", "funcionamiento diario", "operaciones diarias",
                        "operativa diaria", "operativo", "operativa", "operativas", "operativos", "cotidiano",
                        "cotidiana"),
                List.of("introduce datos", "teclea", "fotocopia", "fotocopias", "escanea", "archiva", "archivo",
                        "correo", "centralita", "teléfono", "llamadas", "atiende", "recibe a", "visitas",
                        "actas", "acta", "facturas", "factura", "gastos de viaje", "notas de gastos", "agenda",
                        "agendas", "viajes", "material de oficina", "pedidos", "código", "programa", "corrige",
                        "errores", "prueba", "instala", "configura", "repara", "caja", "cobra", "clientes",
                        "empaqueta", "paquetes", "limpia", "hojas de cálculo", "excel", "redacta", "traduce",
                        "responde", "correos", "cartas", "nóminas", "nómina", "él mismo", "ella misma",
                        "personalmente", "manualmente", "administrativo", "administrativas", "administrativos",
                        "solicitudes", "incidencias", "tickets", "entregas", "conciliaciones", "asientos",
                        "expedientes", "albaranes"),
                words("estrategia", "estrategias", "estratégico", "estratégica", "estratégicos", "estratégicas",
                        "política", "políticas", "presupuesto", "presupuestos", "gastos", "costes", "costos",
                        "finanzas", "financiero", "financiera", "gobierno", "gobernanza", "prioridades",
                        "rumbo", "orientación", "visión", "riesgo", "riesgos", "plan", "planes", "cumplimiento",
                        "rendimiento", "objetivos", "metas", "inversiones", "crecimiento", "misión", "cultura"),
                words("de", "del", "para"),
                words("y", "e"),
                words(),
                List.of(),
                words(),
                false);
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return Set.copyOf(out);
    }

    private static Set<String> plus(Set<String> words, String... more) {
        Set<String> out = new HashSet<>(words);
        out.addAll(Arrays.asList(more));
        return Set.copyOf(out);
    }

    private static Set<String> plus(Set<String> words, Set<String> more) {
        return union(words, more);
    }

    private static final List<String> SEPARABLE = List.of("zusammen", "entgegen", "bereit", "voran", "weiter",
            "fest", "nach", "auf", "aus", "bei", "ein", "mit", "vor", "ab", "an", "um", "zu");

    /** "leiten" → "leitet", "führen" → "führt", "steuern" → "steuert", and the plural, which is the infinitive. */
    private static Set<String> germanThird(List<String> infinitives) {
        Set<String> out = new HashSet<>();
        for (String v : infinitives) {
            String root = v.endsWith("ern") || v.endsWith("eln") ? v.substring(0, v.length() - 1)
                    : v.substring(0, v.length() - 2);
            boolean extraE = root.endsWith("t") || root.endsWith("d") || root.endsWith("chn") || root.endsWith("ffn")
                    || root.endsWith("gn") || root.endsWith("tm");
            out.add(root + (extraE ? "et" : "t"));
            // A separable verb puts its prefix at the end: "vorbereiten", "bereitet … vor".
            for (String prefix : SEPARABLE) {
                if (v.startsWith(prefix) && v.length() > prefix.length() + 4) {
                    out.addAll(germanThird(List.of(v.substring(prefix.length()))));
                    break;
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The infinitives and third-person forms of German verbs, for the verbs of running a part. */
    private static Set<String> inflectGerman(String... infinitives) {
        List<String> list = List.of(infinitives);
        return union(words(infinitives), germanThird(list));
    }

    /** "piloter" → "pilote", "pilotent"; "définir" → "définit", "définissent". */
    private static Set<String> frenchThird(List<String> infinitives) {
        Set<String> out = new HashSet<>();
        for (String v : infinitives) {
            String root = v.substring(0, v.length() - 2);
            if (v.endsWith("er")) {
                out.add(root + "e");
                out.add(root + "ent");
                // "gérer" → "gère", "repérer" → "repère": the last é before the ending opens.
                int accent = root.lastIndexOf('é');
                if (accent > 0 && accent >= root.length() - 3) {
                    String open = root.substring(0, accent) + "è" + root.substring(accent + 1);
                    out.add(open + "e");
                    out.add(open + "ent");
                }
            } else if (v.endsWith("ir")) {
                out.add(root + "it");
                out.add(root + "issent");
            }
        }
        return Set.copyOf(out);
    }

    /** "gestionar" → "gestiona", "gestionan"; "definir" → "define", "definen". */
    private static Set<String> spanishThird(List<String> infinitives) {
        Set<String> out = new HashSet<>();
        for (String v : infinitives) {
            String root = v.substring(0, v.length() - 2);
            String vowel = v.endsWith("ar") ? "a" : "e";
            out.add(root + vowel);
            out.add(root + vowel + "n");
        }
        return Set.copyOf(out);
    }

    /** Every entry of both lists, in order. */
    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
