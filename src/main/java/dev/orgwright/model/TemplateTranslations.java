package dev.orgwright.model;

import java.util.List;
import java.util.Map;

/**
 * The default template in German, French and Spanish: the tier names, the typical titles, the
 * responsibility texts and the starter chart's titles and duties, written for each language
 * rather than translated word for word. It also holds the catalog's keywords in those languages,
 * which every version of the template carries (the English one too): the duty matcher reads a
 * duty in its own language, so one chart matches duties written in any of the four.
 */
final class TemplateTranslations {

    private TemplateTranslations() {
    }

    /** One language's template: tier names and titles by tier id, texts by responsibility id. */
    record Language(String title, Map<String, String> tierNames, Map<String, List<String>> titles,
                    Map<String, String> texts, Map<String, String> starterTitles, Map<String, String> starterDuties) {
    }

    /** The German keywords of each responsibility, by responsibility id. */
    static final Map<String, List<String>> GERMAN_KEYWORDS = Map.ofEntries(
            Map.entry("strategy", List.of(
                    "Strategie", "Strategien", "strategisch", "strategische", "Ausrichtung", "Vision", "Mission",
                    "langfristig", "unternehmensweit", "neue Märkte", "Expansion", "Wachstum", "Übernahme",
                    "Übernahmen", "Fusionen", "Vorstand", "Aufsichtsrat", "Investoren", "Gesellschafter",
                    "Finanzierungsrunde", "Unternehmenskultur", "Marke", "Partnerschaften", "Unternehmensziele",
                    "Geschäftsfelder", "Großinvestitionen")),
            Map.entry("policy", List.of(
                    "Richtlinie", "Richtlinien", "Unternehmenspolitik", "Governance", "Compliance",
                    "Verhaltenskodex", "Leitlinien", "Risiko", "Risiken", "Risikomanagement", "Nachhaltigkeit",
                    "Datenschutz", "Regeln")),
            Map.entry("budgets", List.of(
                    "Budget", "Budgets", "Ausgaben", "Kosten", "Finanzplan", "Finanzplanung", "GuV", "Prognose",
                    "Liquidität", "Kapitalallokation", "Umsatz", "Investitionsbudget", "Kostensenkung",
                    "Finanzstrategie", "Personalkosten", "Finanzen")),
            Map.entry("restructuring", List.of(
                    "Restrukturierung", "Umstrukturierung", "Neuorganisation", "Reorganisation",
                    "Organisationsstruktur", "Organisationsdesign", "Zusammenlegung", "Stellenabbau", "Entlassungen",
                    "Tochtergesellschaften", "Standortschließung", "Ausgliederung", "Sparten")),
            Map.entry("operations", List.of(
                    "Tagesgeschäft", "operativ", "operative", "operativen", "Betriebsablauf", "Abläufe",
                    "Arbeitsabläufe", "Prozesse", "Dienstplan", "Schichtplan", "Schichten", "Einsatzplanung",
                    "Arbeitsverteilung", "Lieferanten", "Abteilung", "leitet", "steuert", "beaufsichtigt")),
            Map.entry("delivery", List.of(
                    "Ziele", "Fristen", "Deadlines", "termingerecht", "fristgerecht", "Zielvorgaben",
                    "Meilensteine", "KPIs",
                    "Kennzahlen", "Roadmap", "Projekte", "Liefertermine")),
            Map.entry("team-communication", List.of(
                    "Kommunikation", "Besprechungen", "Teambesprechung", "Teambesprechungen", "Teammeetings",
                    "Mitarbeitende", "Mitarbeitenden", "Kollegen", "Jour fixe", "Einzelgespräche",
                    "andere Abteilungen", "Team")),
            Map.entry("performance", List.of(
                    "Leistung", "Leistungsprobleme", "Mitarbeitergespräche", "Feedback", "Coaching", "coacht",
                    "Mentoring", "Beurteilungen", "Zielvereinbarungen", "Einarbeitung", "Personalauswahl",
                    "Einstellungen", "Urlaub", "Überstunden", "Fehlzeiten", "Personalentwicklung")),
            Map.entry("work", List.of(
                    "Abrechnungen", "Sachbearbeitung", "Rechnungen", "Belege", "Dateneingabe",
                    "Datenerfassung", "Bestellungen",
                    "Lieferungen", "Kundenanfragen", "Anrufe", "Tickets", "programmiert", "Code", "Fehler", "Bugs",
                    "installiert", "konfiguriert", "repariert", "testet", "erstellt", "bearbeitet", "übersetzt",
                    "Reisekosten", "Gehaltsabrechnung", "Lohnabrechnung", "Reklamationen", "Zahlungen", "Tabellen",
                    "Dokumentation", "Webseite", "Kalender", "Buchhaltung", "Steuererklärungen", "Angebote",
                    "Pakete", "Kasse", "Server", "Laptops", "Anfragen", "Besucher", "Korrespondenz")),
            Map.entry("standards", List.of(
                    "Qualitätskontrolle", "Qualitätsstandards", "Genauigkeit", "sorgfältig", "fehlerfrei",
                    "Bearbeitungszeit")),
            Map.entry("reporting", List.of(
                    "Fortschritt", "Statusbericht", "Statusberichte", "meldet Probleme", "Stundenzettel",
                    "Zeiterfassung", "Teamleitung", "Vorgesetzte", "Vorgesetzten")),
            Map.entry("skills", List.of(
                    "Weiterbildung", "Fortbildung", "Schulungen", "Kenntnisse", "Zertifizierung", "Zertifizierungen",
                    "Qualifikation", "Qualifikationen")),
            Map.entry("procedures", List.of(
                    "Verfahren", "Anweisungen", "Arbeitsanweisungen", "Sicherheit", "Arbeitssicherheit",
                    "Arbeitsschutz", "Vorschriften", "Protokolle", "Checklisten", "Hygienevorschriften")));

    /** The French keywords of each responsibility, by responsibility id. */
    static final Map<String, List<String>> FRENCH_KEYWORDS = Map.ofEntries(
            Map.entry("strategy", List.of(
                    "stratégie", "stratégies", "stratégique", "orientations", "vision", "long terme",
                    "nouveaux marchés", "expansion", "croissance", "acquisition", "acquisitions", "fusions",
                    "conseil d'administration", "investisseurs", "actionnaires", "levée de fonds",
                    "culture d'entreprise", "marque", "partenariats", "objectifs de l'entreprise",
                    "comité de direction", "cap")),
            Map.entry("policy", List.of(
                    "politique", "politiques", "gouvernance", "conformité", "code de conduite", "règles",
                    "lignes directrices", "risques", "durabilité", "protection des données", "chartes")),
            Map.entry("budgets", List.of(
                    "budget", "budgets", "dépenses", "coûts", "plan financier", "compte de résultat", "prévisions",
                    "trésorerie", "allocation des capitaux", "chiffre d'affaires", "réduction des coûts",
                    "stratégie financière", "masse salariale", "finances")),
            Map.entry("restructuring", List.of(
                    "restructuration", "réorganisation", "restructurer", "réorganiser", "organigramme",
                    "regroupement", "licenciements", "plan social", "filiales", "cession", "fermeture de sites")),
            Map.entry("operations", List.of(
                    "opérations", "quotidien", "opérationnel", "opérationnelle", "processus", "plannings",
                    "planning", "charge de travail", "fournisseurs", "dirige", "encadre", "supervise",
                    "fonctionnement")),
            Map.entry("delivery", List.of(
                    "objectifs", "délais", "échéances", "dans les temps", "jalons", "indicateurs",
                    "feuille de route", "projets",
                    "livrables")),
            Map.entry("team-communication", List.of(
                    "communication", "réunions", "réunion d'équipe", "collaborateurs", "collègues",
                    "points hebdomadaires", "entretiens individuels", "autres services", "équipe")),
            Map.entry("performance", List.of(
                    "performance", "performances", "entretiens annuels", "feedback", "coaching", "mentorat",
                    "évaluations", "objectifs individuels", "recrutement", "recrute", "intégration", "congés",
                    "heures supplémentaires", "absentéisme", "montée en compétences")),
            Map.entry("work", List.of(
                    "saisie", "factures", "commandes", "livraisons", "appels", "tickets", "code", "bugs",
                    "anomalies", "installe", "configure", "répare", "teste", "rédige", "traite", "traduit",
                    "notes de frais", "paie", "réclamations", "paiements", "tableaux", "documentation", "site web",
                    "agenda", "rapprochements", "déclarations fiscales", "devis", "colis", "caisse", "serveurs",
                    "demandes", "visiteurs", "courrier", "dossiers")),
            Map.entry("standards", List.of(
                    "contrôle qualité", "normes de qualité", "exactitude", "rigueur", "sans erreur",
                    "délai de traitement")),
            Map.entry("reporting", List.of(
                    "avancement", "point d'avancement", "signale", "remonte", "feuilles de temps", "chef d'équipe",
                    "supérieur", "responsable hiérarchique")),
            Map.entry("skills", List.of(
                    "formation continue", "formations", "compétences", "certification", "certifications",
                    "qualifications", "apprentissage")),
            Map.entry("procedures", List.of(
                    "procédures", "consignes", "instructions", "sécurité", "santé et sécurité", "protocoles",
                    "check-lists", "listes de contrôle", "règles d'hygiène")));

    /** The Spanish keywords of each responsibility, by responsibility id. */
    static final Map<String, List<String>> SPANISH_KEYWORDS = Map.ofEntries(
            Map.entry("strategy", List.of(
                    "estrategia", "estrategias", "estratégico", "estratégica", "rumbo", "visión", "misión",
                    "largo plazo", "nuevos mercados", "expansión", "crecimiento", "adquisición", "adquisiciones",
                    "fusiones", "consejo de administración", "inversores", "accionistas", "ronda de financiación",
                    "cultura", "marca", "alianzas", "objetivos de la empresa", "comité de dirección")),
            Map.entry("policy", List.of(
                    "política", "políticas", "gobernanza", "gobierno corporativo", "cumplimiento normativo",
                    "código de conducta", "normas", "directrices", "riesgos", "sostenibilidad",
                    "protección de datos")),
            Map.entry("budgets", List.of(
                    "presupuesto", "presupuestos", "gastos", "costes", "costos", "plan financiero",
                    "cuenta de resultados", "previsiones", "tesorería", "asignación de capital", "ingresos",
                    "reducción de costes", "estrategia financiera", "finanzas")),
            Map.entry("restructuring", List.of(
                    "reestructuración", "reorganización", "reestructurar", "reorganizar", "organigrama",
                    "estructura organizativa", "despidos", "filiales", "cierre de centros", "escisión")),
            Map.entry("operations", List.of(
                    "operaciones", "día a día", "operativo", "operativa", "procesos", "turnos", "cuadrante",
                    "carga de trabajo", "proveedores", "departamento", "dirige", "supervisa", "funcionamiento")),
            Map.entry("delivery", List.of(
                    "objetivos", "plazos", "fechas límite", "a tiempo", "hitos", "indicadores", "hoja de ruta",
                    "proyectos",
                    "entregables")),
            Map.entry("team-communication", List.of(
                    "comunicación", "reuniones", "reunión de equipo", "colaboradores", "compañeros",
                    "reuniones semanales", "reuniones individuales", "otros departamentos", "equipo")),
            Map.entry("performance", List.of(
                    "rendimiento", "desempeño", "evaluaciones", "feedback", "coaching", "mentoría",
                    "objetivos individuales", "contratación", "selección de personal", "incorporación", "vacaciones",
                    "horas extra", "absentismo")),
            Map.entry("work", List.of(
                    "introducción de datos", "facturas", "pedidos", "envíos", "llamadas", "incidencias", "código",
                    "errores", "instala", "configura", "repara", "redacta", "tramita", "traduce", "gastos de viaje",
                    "nóminas", "reclamaciones", "pagos", "hojas de cálculo", "documentación", "web", "agenda",
                    "conciliaciones", "declaraciones", "paquetes", "caja", "servidores", "consultas", "visitas",
                    "correo", "expedientes", "albaranes")),
            Map.entry("standards", List.of(
                    "control de calidad", "estándares de calidad", "precisión", "sin errores", "tiempo de respuesta",
                    "plazo acordado")),
            Map.entry("reporting", List.of(
                    "avance", "informe de estado", "progreso", "partes de horas", "jefe de equipo", "superior",
                    "responsable directo")),
            Map.entry("skills", List.of(
                    "formación continua", "cursos", "competencias", "certificación", "certificaciones",
                    "cualificaciones", "aprendizaje", "conocimientos")),
            Map.entry("procedures", List.of(
                    "procedimientos", "instrucciones", "seguridad", "prevención de riesgos", "protocolos",
                    "listas de verificación", "normas de seguridad", "higiene")));

    /** The keywords of the three languages, by language code ("de", "fr", "es"). */
    static final Map<String, Map<String, List<String>>> KEYWORDS = Map.of("de", GERMAN_KEYWORDS, "fr", FRENCH_KEYWORDS,
            "es", SPANISH_KEYWORDS);

    static final Language GERMAN = new Language("Führungsteam",
            Map.of(Templates.SENIOR, "Geschäftsleitung", Templates.EXECUTIVE, "Bereichsleitung",
                    Templates.STAFF, "Mitarbeitende"),
            Map.of(Templates.SENIOR, List.of("Geschäftsführer", "Geschäftsführerin", "Vorstand", "Vorständin",
                            "Vorstandsvorsitzender", "Vorstandsvorsitzende", "Inhaber", "Inhaberin", "Gründer",
                            "Gründerin"),
                    Templates.EXECUTIVE, List.of("Abteilungsleiter", "Abteilungsleiterin", "Bereichsleiter",
                            "Bereichsleiterin", "Leiter *", "Leiterin *", "Teamleiter", "Teamleiterin"),
                    Templates.STAFF, List.of("Sachbearbeiter", "Sachbearbeiterin", "Entwickler", "Entwicklerin",
                            "Buchhalter", "Buchhalterin", "Ingenieur", "Ingenieurin", "Referent", "Referentin",
                            "Assistent", "Assistentin", "Techniker", "Technikerin", "Kaufmann", "Kauffrau")),
            Map.ofEntries(
                    Map.entry("strategy",
                            "Die strategischen Entscheidungen treffen, die bestimmen, wohin sich das Unternehmen entwickelt"),
                    Map.entry("policy",
                            "Die Strategien und Richtlinien des Unternehmens gestalten und für ihre Umsetzung sorgen"),
                    Map.entry("budgets", "Die Budgets prüfen und die Ausgaben des Unternehmens im Griff behalten"),
                    Map.entry("restructuring", "Entscheiden, ob und wie das Unternehmen umstrukturiert wird"),
                    Map.entry("operations", "Das Tagesgeschäft einer Abteilung oder eines Geschäftsbereichs führen"),
                    Map.entry("delivery",
                            "Dafür sorgen, dass Fristen eingehalten und Ziele rechtzeitig erreicht werden, mit wenig Aufsicht von oben"),
                    Map.entry("team-communication",
                            "Mitarbeitende und Kollegen in Besprechungen und im täglichen Austausch auf dem Laufenden halten"),
                    Map.entry("performance", "Leistungsprobleme im Team früh erkennen und angehen"),
                    Map.entry("work", "Die Aufgaben der Stelle selbst erledigen, gründlich und vollständig"),
                    Map.entry("standards",
                            "Die Qualitätsstandards und die Fristen einhalten, die die Führungskraft vorgibt"),
                    Map.entry("reporting",
                            "Der Führungskraft berichten, wie die Arbeit vorangeht, und Probleme früh melden"),
                    Map.entry("skills", "Die Kenntnisse und Fähigkeiten, die die Stelle verlangt, aktuell halten"),
                    Map.entry("procedures", "Die Abläufe, Sicherheitsregeln und Anweisungen der Stelle befolgen")),
            Map.of("ceo", "Geschäftsführer", "cto", "Technischer Geschäftsführer", "coo", "Geschäftsführer Betrieb",
                    "cfo", "Kaufmännischer Geschäftsführer", "head-engineering", "Leiter Entwicklung",
                    "head-operations", "Leiter Betrieb", "head-finance", "Leiter Finanzen",
                    "software-engineer", "Softwareentwickler"),
            Map.of("ceo.strategy", "Legt die Strategie des Unternehmens fest",
                    "ceo.restructuring", "Entscheidet über Umstrukturierungen",
                    "cto", "Verantwortet die Technologiestrategie",
                    "coo", "Gestaltet die Richtlinien des Unternehmens",
                    "cfo", "Prüft die Budgets",
                    "head-engineering", "Hält die Liefertermine ein",
                    "head-operations", "Führt das Tagesgeschäft",
                    "head-finance", "Hält das Finanzteam auf dem Laufenden",
                    "software-engineer", "Entwickelt und testet die Funktionen, die das Team plant"));

    static final Language FRENCH = new Language("Équipe de direction",
            Map.of(Templates.SENIOR, "Direction générale", Templates.EXECUTIVE, "Direction opérationnelle",
                    Templates.STAFF, "Collaborateurs"),
            Map.of(Templates.SENIOR, List.of("Directeur général", "Directrice générale", "PDG", "Président",
                            "Présidente", "Directeur financier", "Directrice financière", "Fondateur", "Fondatrice"),
                    Templates.EXECUTIVE, List.of("Chef de service", "Cheffe de service", "Responsable *",
                            "Directeur *", "Directrice *", "Chef d'équipe", "Cheffe d'équipe", "Manager"),
                    Templates.STAFF, List.of("Comptable", "Assistant", "Assistante", "Technicien", "Technicienne",
                            "Développeur", "Développeuse", "Ingénieur", "Ingénieure", "Chargé *", "Chargée *",
                            "Gestionnaire", "Employé", "Employée")),
            Map.ofEntries(
                    Map.entry("strategy", "Prendre les décisions stratégiques qui fixent le cap de l'entreprise"),
                    Map.entry("policy",
                            "Définir les stratégies et les politiques de l'entreprise et veiller à leur mise en œuvre"),
                    Map.entry("budgets", "Examiner les budgets et maîtriser les dépenses de l'entreprise"),
                    Map.entry("restructuring", "Décider si et comment l'organisation est restructurée"),
                    Map.entry("operations", "Diriger l'activité quotidienne d'un service ou d'une unité"),
                    Map.entry("delivery",
                            "Faire respecter les délais et atteindre les objectifs à temps, avec peu de contrôle d'en haut"),
                    Map.entry("team-communication",
                            "Tenir les collaborateurs et collègues informés par des réunions et des échanges quotidiens"),
                    Map.entry("performance", "Repérer tôt les difficultés de performance dans l'équipe et y remédier"),
                    Map.entry("work", "Réaliser soi-même les tâches du poste, avec soin et entièrement"),
                    Map.entry("standards", "Respecter les normes de qualité et les délais fixés par le responsable"),
                    Map.entry("reporting",
                            "Informer le responsable de l'avancement du travail et signaler tôt les problèmes"),
                    Map.entry("skills", "Maintenir à jour les compétences et connaissances qu'exige le poste"),
                    Map.entry("procedures", "Suivre les procédures, les règles de sécurité et les consignes du poste")),
            Map.of("ceo", "Directeur général", "cto", "Directeur technique", "coo", "Directeur des opérations",
                    "cfo", "Directeur financier", "head-engineering", "Responsable de l'ingénierie",
                    "head-operations", "Responsable des opérations", "head-finance", "Responsable financier",
                    "software-engineer", "Ingénieur logiciel"),
            Map.of("ceo.strategy", "Fixe la stratégie de l'entreprise",
                    "ceo.restructuring", "Décide des restructurations",
                    "cto", "Porte la stratégie technologique",
                    "coo", "Définit les politiques de l'entreprise",
                    "cfo", "Examine les budgets",
                    "head-engineering", "Tient les délais de livraison",
                    "head-operations", "Dirige les opérations au quotidien",
                    "head-finance", "Tient l'équipe financière informée",
                    "software-engineer", "Développe et teste les fonctionnalités que l'équipe planifie"));

    static final Language SPANISH = new Language("Equipo directivo",
            Map.of(Templates.SENIOR, "Alta dirección", Templates.EXECUTIVE, "Dirección intermedia",
                    Templates.STAFF, "Personal"),
            Map.of(Templates.SENIOR, List.of("Director general", "Directora general", "Consejero delegado",
                            "Consejera delegada", "Presidente", "Presidenta", "Director financiero",
                            "Directora financiera", "Fundador", "Fundadora"),
                    Templates.EXECUTIVE, List.of("Jefe de departamento", "Jefa de departamento", "Responsable *",
                            "Director de *", "Directora de *", "Jefe de equipo", "Jefa de equipo", "Gerente"),
                    Templates.STAFF, List.of("Contable", "Administrativo", "Administrativa", "Técnico", "Técnica",
                            "Desarrollador", "Desarrolladora", "Ingeniero", "Ingeniera", "Analista", "Auxiliar",
                            "Asistente", "Comercial")),
            Map.ofEntries(
                    Map.entry("strategy", "Tomar las decisiones estratégicas que marcan el rumbo de la empresa"),
                    Map.entry("policy",
                            "Definir las estrategias y políticas de la empresa y velar por su cumplimiento"),
                    Map.entry("budgets", "Revisar los presupuestos y mantener bajo control el gasto de la empresa"),
                    Map.entry("restructuring", "Decidir si la organización se reestructura y de qué manera"),
                    Map.entry("operations", "Dirigir el trabajo diario de un departamento o unidad de negocio"),
                    Map.entry("delivery",
                            "Cumplir los plazos y alcanzar los objetivos a tiempo, con poca supervisión desde arriba"),
                    Map.entry("team-communication",
                            "Mantener informados a colaboradores y compañeros mediante reuniones y contacto diario"),
                    Map.entry("performance", "Detectar pronto los problemas de rendimiento del equipo y abordarlos"),
                    Map.entry("work", "Realizar uno mismo las tareas del puesto, bien y por completo"),
                    Map.entry("standards", "Cumplir los estándares de calidad y los plazos que fija el responsable"),
                    Map.entry("reporting",
                            "Informar al responsable de la marcha del trabajo y avisar pronto de los problemas"),
                    Map.entry("skills", "Mantener al día los conocimientos y habilidades que exige el puesto"),
                    Map.entry("procedures",
                            "Seguir los procedimientos, las normas de seguridad y las instrucciones del puesto")),
            Map.of("ceo", "Director general", "cto", "Director de tecnología", "coo", "Director de operaciones",
                    "cfo", "Director financiero", "head-engineering", "Jefe de ingeniería",
                    "head-operations", "Jefe de operaciones", "head-finance", "Jefe de finanzas",
                    "software-engineer", "Ingeniero de software"),
            Map.of("ceo.strategy", "Fija la estrategia de la empresa",
                    "ceo.restructuring", "Decide sobre las reestructuraciones",
                    "cto", "Define la estrategia tecnológica",
                    "coo", "Define las políticas de la empresa",
                    "cfo", "Revisa los presupuestos",
                    "head-engineering", "Cumple los plazos de entrega",
                    "head-operations", "Dirige las operaciones del día a día",
                    "head-finance", "Mantiene informado al equipo de finanzas",
                    "software-engineer", "Desarrolla y prueba las funciones que planifica el equipo"));
}
