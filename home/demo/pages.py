"""The brochure's content as pages: the home page's sections and the pages of the main menu."""

from home.demo.build import child_page, english, rich_text
from home.demo.text import T
from home.models import (
    ActivitiesPage,
    EligibilityPage,
    HowItWorksPage,
    PrinciplesPage,
    StandardPage,
    ThematicArea,
    ThematicAreaPage,
    ThematicAreasIndexPage,
)

FUNDED_BY_EU = T(
    en="Funded by the European Union",
    pt="Financiado pela União Europeia",
    fr="Financé par l’Union européenne",
    es="Financiado por la Unión Europea",
)

HOME = {
    "hero_purpose": T(
        en="A peer-to-peer expert facility that helps partner countries and regional "
        "organisations to better manage migration and mobility.",
        pt="Um mecanismo de especialistas entre pares que apoia organizações regionais e países "
        "parceiros, com vista a melhor gerirem a migração e a mobilidade.",
        fr="Un mécanisme d’expertise entre pairs qui aide les pays partenaires et les "
        "organisations régionales à mieux gérer la migration et la mobilité.",
        es="Un mecanismo de expertos entre pares que apoya a los países socios y a las "
        "organizaciones regionales para gestionar mejor la migración y la movilidad.",
    ),
    "introduction": T(
        en="Since 2009, the Migration EU eXpertise Initiative (MIEUX+) has provided rapid, "
        "tailor-made assistance on request. It is a joint initiative funded by the European Union "
        "(EU) and implemented by the International Centre for Migration Policy Development "
        "(ICMPD) that contributes to safe, orderly and regular migration.",
        pt="Desde 2009, a Iniciativa Migration EU eXpertise (MIEUX+) presta assistência rápida e "
        "adaptada, mediante solicitação. É uma iniciativa conjunta financiada pela União Europeia "
        "(UE) e implementada pelo Centro Internacional para o Desenvolvimento das Políticas "
        "Migratórias (ICMPD) que contribui para uma migração segura, organizada e regular.",
        fr="Depuis 2009, l’Initiative Migration EU eXpertise (MIEUX+) fournit sur demande une "
        "assistance rapide et sur mesure. C’est une initiative conjointe financée par l’Union "
        "européenne (UE) et mise en œuvre par le Centre international pour le développement des "
        "politiques migratoires (ICMPD), qui contribue à une migration sûre, ordonnée et "
        "régulière.",
        es="Desde 2009, la Iniciativa Migration EU eXpertise (MIEUX+) presta, previa solicitud, "
        "una asistencia rápida y adaptada. Es una iniciativa conjunta financiada por la Unión "
        "Europea (UE) y ejecutada por el Centro Internacional para el Desarrollo de Políticas "
        "Migratorias (ICMPD), que contribuye a una migración segura, ordenada y regular.",
    ),
    "features": [
        (
            "feature",
            {
                "title": T(
                    en="Demand-driven",
                    pt="Orientação para a procura",
                    fr="Orientée par la demande",
                    es="Orientada por la demanda",
                ),
                "text": T(
                    en="MIEUX+ acts on request: partner institutions set out what they need, and "
                    "each activity matches the expertise they asked for.",
                    pt="A MIEUX+ atua mediante solicitação: as instituições parceiras definem as "
                    "suas necessidades e cada atividade corresponde às competências solicitadas.",
                    fr="MIEUX+ intervient sur demande : les institutions partenaires définissent "
                    "leurs besoins et chaque activité répond à l’expertise demandée.",
                    es="MIEUX+ actúa previa solicitud: las instituciones socias definen sus "
                    "necesidades y cada actividad responde a la experiencia solicitada.",
                ),
            },
        ),
        (
            "feature",
            {
                "title": T(
                    en="Rapid response",
                    pt="Reação rápida",
                    fr="Réaction rapide",
                    es="Respuesta rápida",
                ),
                "text": T(
                    en="Short-term, tailor-made assistance, with agile mobilisation of experts "
                    "and flexible, light management.",
                    pt="Assistência a curto prazo e adaptada, com mobilização ágil de "
                    "especialistas e uma gestão flexível e ligeira.",
                    fr="Une assistance à court terme et sur mesure, avec une mobilisation agile "
                    "des experts et une gestion souple et légère.",
                    es="Asistencia a corto plazo y adaptada, con una movilización ágil de "
                    "expertos y una gestión flexible y ligera.",
                ),
            },
        ),
        (
            "feature",
            {
                "title": T(en="Peer-to-peer", pt="Entre pares", fr="Entre pairs", es="Entre pares"),
                "text": T(
                    en="Multi-country teams of migration experts, mostly from EU Member States "
                    "but also from other countries, share their expertise with their peers.",
                    pt="Equipas de vários países de especialistas em migração, vindos "
                    "maioritariamente de Estados-membros da UE, mas também de outros países, "
                    "transferem competências para os seus pares.",
                    fr="Des équipes multinationales d’experts en migration, venant "
                    "principalement des États membres de l’UE mais aussi d’autres pays, "
                    "partagent leur expertise avec leurs pairs.",
                    es="Equipos multinacionales de expertos en migración, procedentes sobre todo "
                    "de Estados miembros de la UE pero también de otros países, comparten su "
                    "experiencia con sus pares.",
                ),
            },
        ),
    ],
    "request_assistance_heading": T(
        en="Interested in requesting MIEUX+ assistance?",
        pt="Interessado em solicitar assistência MIEUX+?",
        fr="Vous souhaitez demander l’assistance de MIEUX+ ?",
        es="¿Le interesa solicitar la asistencia de MIEUX+?",
    ),
    "request_assistance_text": T(
        en="Send your expression of interest through our website or through the local EU "
        "Delegation.",
        pt="Envie a sua manifestação de interesse através do nosso website ou da Delegação local "
        "da UE.",
        fr="Envoyez votre manifestation d’intérêt via notre site web ou par l’intermédiaire de la "
        "délégation locale de l’UE.",
        es="Envíe su manifestación de interés a través de nuestro sitio web o de la Delegación "
        "local de la UE.",
    ),
    "request_assistance_link_text": T(
        en="Send an expression of interest",
        pt="Enviar uma manifestação de interesse",
        fr="Envoyer une manifestation d’intérêt",
        es="Enviar una manifestación de interés",
    ),
    "join_roster_heading": T(
        en="Interested in becoming a MIEUX+ expert?",
        pt="Interessado em tornar-se num especialista MIEUX+?",
        fr="Vous souhaitez devenir expert MIEUX+ ?",
        es="¿Le interesa convertirse en experto de MIEUX+?",
    ),
    "join_roster_text": T(
        en="Send your CV to the Expert Roster.",
        pt="Envie o seu CV para a lista de especialistas (Expert Roster).",
        fr="Envoyez votre CV pour rejoindre la liste d’experts (Expert Roster).",
        es="Envíe su CV a la lista de expertos (Expert Roster).",
    ),
    "join_roster_link_text": T(
        en="Join the Expert Roster",
        pt="Inscrever-se na lista de especialistas",
        fr="Rejoindre la liste d’experts",
        es="Inscribirse en la lista de expertos",
    ),
    "thematic_areas_text": T(
        en="MIEUX+ covers five thematic areas of migration and mobility.",
        pt="A MIEUX+ abrange cinco áreas temáticas da migração e da mobilidade.",
        fr="MIEUX+ couvre cinq domaines thématiques de la migration et de la mobilité.",
        es="MIEUX+ abarca cinco áreas temáticas de la migración y la movilidad.",
    ),
    "key_facts": [
        (
            "fact",
            {
                "figure": T(en="2009", pt="2009", fr="2009", es="2009"),
                "label": T(
                    en="Active since", pt="Ativa desde", fr="Active depuis", es="Activa desde"
                ),
            },
        ),
        ("fact", {"figure": T(en="EU", pt="UE", fr="UE", es="UE"), "label": FUNDED_BY_EU}),
        (
            "fact",
            {
                "figure": T(en="ICMPD", pt="ICMPD", fr="ICMPD", es="ICMPD"),
                "label": T(
                    en="Implemented by the International Centre for Migration Policy Development",
                    pt="Implementado pelo Centro Internacional para o Desenvolvimento das "
                    "Políticas Migratórias",
                    fr="Mis en œuvre par le Centre international pour le développement des "
                    "politiques migratoires",
                    es="Ejecutado por el Centro Internacional para el Desarrollo de Políticas "
                    "Migratorias",
                ),
            },
        ),
    ],
}

HOW_IT_WORKS = {
    "title": T(en="How it works", pt="Como funciona", fr="Fonctionnement", es="Cómo funciona"),
    "introduction": T(
        en="MIEUX+ provides short-term assistance through tailor-made activities that match the "
        "expertise requested by the partner country. It deploys multi-country teams of migration "
        "experts, mostly from EU Member States but also from other countries, which enables the "
        "transfer of expertise through a peer-to-peer approach.",
        pt="A MIEUX+ presta assistência a curto prazo através de atividades adaptadas que "
        "correspondem às competências solicitadas pelo país parceiro. Também o faz através da "
        "implementação de equipas de vários países de especialistas em migração vindos, "
        "maioritariamente, de Estados-membros da UE, mas também de outros países. Tal permite a "
        "transferência de competências através de uma abordagem entre pares.",
        fr="MIEUX+ fournit une assistance à court terme au moyen d’activités sur mesure qui "
        "répondent à l’expertise demandée par le pays partenaire. Elle déploie des équipes "
        "multinationales d’experts en migration, venant principalement des États membres de l’UE "
        "mais aussi d’autres pays, ce qui permet le transfert d’expertise selon une approche entre "
        "pairs.",
        es="MIEUX+ presta asistencia a corto plazo mediante actividades adaptadas que responden a "
        "la experiencia solicitada por el país socio. Para ello despliega equipos multinacionales "
        "de expertos en migración, procedentes sobre todo de Estados miembros de la UE pero "
        "también de otros países, lo que permite transferir conocimientos mediante un enfoque "
        "entre pares.",
    ),
    "steps": [
        (
            "step",
            {
                "title": T(en="Request", pt="Solicitação", fr="Demande", es="Solicitud"),
                "points": [
                    T(
                        en="Expression of interest through the MIEUX+ website",
                        pt="Manifestação de interesse pelo site da MIEUX+",
                        fr="Manifestation d’intérêt via le site web de MIEUX+",
                        es="Manifestación de interés a través del sitio web de MIEUX+",
                    ),
                    T(
                        en="An official request letter addressed to the MIEUX+ team or to the "
                        "local EU Delegation (template available)",
                        pt="Envio de uma carta de solicitação oficial endereçada à equipa MIEUX+ "
                        "ou à Delegação local da UE (modelo disponível)",
                        fr="Envoi d’une lettre de demande officielle adressée à l’équipe MIEUX+ ou "
                        "à la délégation locale de l’UE (modèle disponible)",
                        es="Envío de una carta de solicitud oficial dirigida al equipo de MIEUX+ o "
                        "a la Delegación local de la UE (modelo disponible)",
                    ),
                ],
            },
        ),
        (
            "step",
            {
                "title": T(en="Preparation", pt="Preparação", fr="Préparation", es="Preparación"),
                "points": [
                    T(
                        en="Translation of the request into an Action Fiche",
                        pt="Tradução da solicitação para Ficha de Ação",
                        fr="Traduction de la demande en fiche d’action",
                        es="Traducción de la solicitud en una ficha de acción",
                    ),
                    T(
                        en="Design and fine-tuning of activities that address priority needs",
                        pt="Conceção e ajustamento de atividades que abordam necessidades "
                        "prioritárias",
                        fr="Conception et ajustement d’activités répondant aux besoins "
                        "prioritaires",
                        es="Diseño y ajuste de actividades que responden a las necesidades "
                        "prioritarias",
                    ),
                    T(
                        en="Approval by the Project Committee (European Commission and European "
                        "External Action Service)",
                        pt="Aprovação por parte do Comité do Projeto (Comissão Europeia e Serviço "
                        "para a Ação Externa)",
                        fr="Approbation par le comité de projet (Commission européenne et Service "
                        "européen pour l’action extérieure)",
                        es="Aprobación por el Comité del Proyecto (Comisión Europea y Servicio "
                        "Europeo de Acción Exterior)",
                    ),
                ],
            },
        ),
        (
            "step",
            {
                "title": T(
                    en="Implementation", pt="Implementação", fr="Mise en œuvre", es="Ejecución"
                ),
                "points": [
                    T(
                        en="Agile mobilisation of experts",
                        pt="Mobilização ágil de especialistas",
                        fr="Mobilisation agile des experts",
                        es="Movilización ágil de expertos",
                    ),
                    T(
                        en="Development of capacities and knowledge",
                        pt="Desenvolvimento de capacidades e conhecimentos",
                        fr="Développement des capacités et des connaissances",
                        es="Desarrollo de capacidades y conocimientos",
                    ),
                    T(
                        en="Ensuring ownership",
                        pt="Garantir a apropriação",
                        fr="Garantie de l’appropriation",
                        es="Garantizar la apropiación",
                    ),
                ],
            },
        ),
        (
            "step",
            {
                "title": T(en="Results", pt="Resultados", fr="Résultats", es="Resultados"),
                "points": [
                    T(
                        en="Results-based management",
                        pt="Gestão baseada em resultados",
                        fr="Gestion axée sur les résultats",
                        es="Gestión basada en resultados",
                    ),
                    T(
                        en="Continuous monitoring and evaluation",
                        pt="Monitorização e avaliação contínuas",
                        fr="Suivi et évaluation continus",
                        es="Seguimiento y evaluación continuos",
                    ),
                    T(
                        en="Promoting sustainability",
                        pt="Promoção da sustentabilidade",
                        fr="Promotion de la durabilité",
                        es="Promoción de la sostenibilidad",
                    ),
                ],
            },
        ),
    ],
}

ELIGIBILITY = {
    "title": T(
        en="Who can request assistance",
        pt="Quem pode solicitar as competências da MIEUX+",
        fr="Qui peut demander une assistance",
        es="Quién puede solicitar asistencia",
    ),
    "introduction": T(
        en="Partner countries and regional organisations can request MIEUX+ expertise, through "
        "the institutions listed below.",
        pt="Os países parceiros e as organizações regionais podem solicitar as competências da "
        "MIEUX+, através das instituições indicadas abaixo.",
        fr="Les pays partenaires et les organisations régionales peuvent solliciter l’expertise "
        "de MIEUX+, par l’intermédiaire des institutions énumérées ci-dessous.",
        es="Los países socios y las organizaciones regionales pueden solicitar la experiencia de "
        "MIEUX+ a través de las instituciones que se indican a continuación.",
    ),
    "institutions": [
        (
            "institution",
            T(
                en="National and local institutions",
                pt="Instituições nacionais e locais",
                fr="Institutions nationales et locales",
                es="Instituciones nacionales y locales",
            ),
        ),
        (
            "institution",
            T(
                en="Regional organisations",
                pt="Organizações regionais",
                fr="Organisations régionales",
                es="Organizaciones regionales",
            ),
        ),
        (
            "institution",
            T(
                en="Judicial services, prosecution offices, ombuds institutions, parliaments",
                pt="Serviços judiciais, procuradorias, provedorias, parlamentos",
                fr="Services judiciaires, parquets, institutions de médiation, parlements",
                es="Servicios judiciales, fiscalías, defensorías del pueblo, parlamentos",
            ),
        ),
        (
            "institution",
            T(
                en="Civil society organisations (in a joint request with the government)",
                pt="Organizações da sociedade civil (a pedido conjunto com os governos)",
                fr="Organisations de la société civile (dans une demande conjointe avec le "
                "gouvernement)",
                es="Organizaciones de la sociedad civil (en una solicitud conjunta con el "
                "gobierno)",
            ),
        ),
    ],
    "joint_requests": T(
        en="Joint requests from several institutions are also possible.",
        pt="Também são possíveis solicitações conjuntas de múltiplas instituições.",
        fr="Des demandes conjointes de plusieurs institutions sont également possibles.",
        es="También son posibles las solicitudes conjuntas de varias instituciones.",
    ),
}

THEMATIC_AREAS = {
    "title": T(
        en="Thematic areas", pt="Áreas temáticas", fr="Domaines thématiques", es="Áreas temáticas"
    ),
    "introduction": T(
        en="Which areas does MIEUX+ cover? Its assistance spans five thematic areas, each with its "
        "sub-topics.",
        pt="Que áreas são abrangidas pela MIEUX+? A assistência abrange cinco áreas temáticas, "
        "cada uma com os seus subtemas.",
        fr="Quels domaines MIEUX+ couvre-t-elle ? Son assistance porte sur cinq domaines "
        "thématiques, chacun avec ses sous-thèmes.",
        es="¿Qué áreas abarca MIEUX+? Su asistencia cubre cinco áreas temáticas, cada una con sus "
        "subtemas.",
    ),
}

# Keyed by the ThematicArea row; titles are the vocabulary's names in the four languages.
AREAS = {
    "legal-migration": (
        T(
            en="Legal migration and mobility",
            pt="Migração e mobilidade legais",
            fr="Migration légale et mobilité",
            es="Migración legal y movilidad",
        ),
        [
            T(
                en="Labour migration",
                pt="Migração de mão de obra",
                fr="Migration de main-d’œuvre",
                es="Migración laboral",
            ),
            T(en="Integration", pt="Integração", fr="Intégration", es="Integración"),
            T(
                en="Free movement",
                pt="Livre circulação",
                fr="Libre circulation",
                es="Libre circulación",
            ),
        ],
    ),
    "migration-development": (
        T(
            en="Migration and development",
            pt="Migração e desenvolvimento",
            fr="Migration et développement",
            es="Migración y desarrollo",
        ),
        [
            T(
                en="Development planning",
                pt="Planeamento do desenvolvimento",
                fr="Planification du développement",
                es="Planificación del desarrollo",
            ),
            T(
                en="Diaspora engagement",
                pt="Envolvimento da diáspora",
                fr="Mobilisation de la diaspora",
                es="Participación de la diáspora",
            ),
            T(en="Remittances", pt="Remessas", fr="Transferts de fonds", es="Remesas"),
            T(
                en="Brain drain and brain gain",
                pt="Fuga/ganho de cérebros",
                fr="Fuite et gain de cerveaux",
                es="Fuga y ganancia de cerebros",
            ),
        ],
    ),
    "irregular-migration": (
        T(
            en="Irregular migration and trafficking in human beings",
            pt="Migração irregular e tráfico de seres humanos",
            fr="Migration irrégulière et traite des êtres humains",
            es="Migración irregular y trata de seres humanos",
        ),
        [
            T(
                en="Border and visa management",
                pt="Gestão de fronteiras e vistos",
                fr="Gestion des frontières et des visas",
                es="Gestión de fronteras y visados",
            ),
            T(
                en="Smuggling of migrants",
                pt="Contrabando",
                fr="Trafic illicite de migrants",
                es="Tráfico ilícito de migrantes",
            ),
        ],
    ),
    "international-protection": (
        T(
            en="International protection and asylum policy",
            pt="Proteção internacional e política de asilo",
            fr="Protection internationale et politique d’asile",
            es="Protección internacional y política de asilo",
        ),
        [
            T(
                en="Integration of refugees",
                pt="Integração de refugiados",
                fr="Intégration des réfugiés",
                es="Integración de las personas refugiadas",
            ),
            T(en="Displacement", pt="Deslocação", fr="Déplacement", es="Desplazamiento"),
        ],
    ),
    "horizontal": (
        T(
            en="Horizontal interventions",
            pt="Intervenções horizontais",
            fr="Interventions transversales",
            es="Intervenciones horizontales",
        ),
        [
            T(
                en="Migration and health",
                pt="Migração e saúde",
                fr="Migration et santé",
                es="Migración y salud",
            ),
            T(
                en="Migration and climate change",
                pt="Migração e alterações climáticas",
                fr="Migration et changement climatique",
                es="Migración y cambio climático",
            ),
            T(en="Data", pt="Dados", fr="Données", es="Datos"),
            T(en="Gender", pt="Género", fr="Genre", es="Género"),
        ],
    ),
}

AREA_INTRODUCTIONS = {
    "legal-migration": T(
        en="MIEUX+ supports partner institutions in organising legal pathways for migration and "
        "mobility.",
        pt="A MIEUX+ apoia as instituições parceiras na organização de vias legais de migração e "
        "mobilidade.",
        fr="MIEUX+ aide les institutions partenaires à organiser les voies légales de migration "
        "et de mobilité.",
        es="MIEUX+ apoya a las instituciones socias en la organización de vías legales de "
        "migración y movilidad.",
    ),
    "migration-development": T(
        en="MIEUX+ helps partner institutions link migration with development.",
        pt="A MIEUX+ ajuda as instituições parceiras a articular a migração com o desenvolvimento.",
        fr="MIEUX+ aide les institutions partenaires à relier migration et développement.",
        es="MIEUX+ ayuda a las instituciones socias a vincular la migración con el desarrollo.",
    ),
    "irregular-migration": T(
        en="MIEUX+ supports partner institutions in addressing irregular migration and "
        "trafficking in human beings.",
        pt="A MIEUX+ apoia as instituições parceiras no combate à migração irregular e ao "
        "tráfico de seres humanos.",
        fr="MIEUX+ aide les institutions partenaires à lutter contre la migration irrégulière et "
        "la traite des êtres humains.",
        es="MIEUX+ apoya a las instituciones socias en la lucha contra la migración irregular y "
        "la trata de seres humanos.",
    ),
    "international-protection": T(
        en="MIEUX+ supports partner institutions in protecting people in need of international "
        "protection.",
        pt="A MIEUX+ apoia as instituições parceiras na proteção das pessoas que necessitam de "
        "proteção internacional.",
        fr="MIEUX+ aide les institutions partenaires à protéger les personnes qui ont besoin "
        "d’une protection internationale.",
        es="MIEUX+ apoya a las instituciones socias en la protección de las personas que "
        "necesitan protección internacional.",
    ),
    "horizontal": T(
        en="Some topics cut across every area of migration; MIEUX+ addresses them too.",
        pt="Alguns temas atravessam todas as áreas da migração; a MIEUX+ também os aborda.",
        fr="Certains sujets traversent tous les domaines de la migration ; MIEUX+ les traite "
        "également.",
        es="Algunos temas atraviesan todas las áreas de la migración; MIEUX+ también los aborda.",
    ),
}


def _example(en, pt, fr, es):
    return T(en=en, pt=pt, fr=fr, es=es)


ACTIVITIES = {
    "title": T(en="Activities", pt="Atividades", fr="Activités", es="Actividades"),
    "introduction": T(
        en="Which activities are possible? Each one is tailored to the expertise the partner "
        "requested.",
        pt="Que atividades são possíveis? Cada uma é adaptada às competências solicitadas pelo "
        "parceiro.",
        fr="Quelles activités sont possibles ? Chacune est adaptée à l’expertise demandée par le "
        "partenaire.",
        es="¿Qué actividades son posibles? Cada una se adapta a la experiencia solicitada por el "
        "socio.",
    ),
    "activity_types": [
        (
            "activity_type",
            {
                "activity": "policy",
                "examples": [
                    _example(
                        "Support for drafting local or national policies",
                        "Apoio relativo à elaboração de políticas locais ou nacionais",
                        "Appui à l’élaboration de politiques locales ou nationales",
                        "Apoyo a la elaboración de políticas locales o nacionales",
                    ),
                    _example(
                        "Support for drafting strategies",
                        "Apoio relativo à elaboração de estratégias",
                        "Appui à l’élaboration de stratégies",
                        "Apoyo a la elaboración de estrategias",
                    ),
                ],
            },
        ),
        (
            "activity_type",
            {
                "activity": "information-exchange",
                "examples": [
                    _example(
                        "Organisation of seminars",
                        "Organização de seminários",
                        "Organisation de séminaires",
                        "Organización de seminarios",
                    ),
                    _example("Workshops", "Workshops", "Ateliers", "Talleres"),
                    _example(
                        "Study visits", "Visitas de estudo", "Visites d’étude", "Visitas de estudio"
                    ),
                ],
            },
        ),
        (
            "activity_type",
            {
                "activity": "training",
                "examples": [
                    _example(
                        "Training of trainers",
                        "Formação de formadores",
                        "Formation de formateurs",
                        "Formación de formadores",
                    ),
                    _example(
                        "Needs assessment",
                        "Avaliação de necessidades",
                        "Évaluation des besoins",
                        "Evaluación de necesidades",
                    ),
                    _example(
                        "Strengthening of training departments",
                        "Reforço de departamentos de formação",
                        "Renforcement des services de formation",
                        "Refuerzo de los departamentos de formación",
                    ),
                ],
            },
        ),
        (
            "activity_type",
            {
                "activity": "practical-tools",
                "examples": [
                    _example(
                        "Standard operating procedures",
                        "Procedimentos operacionais normalizados",
                        "Procédures opérationnelles normalisées",
                        "Procedimientos operativos normalizados",
                    ),
                    _example("Guides", "Guias", "Guides", "Guías"),
                    _example("Manuals", "Manuais", "Manuels", "Manuales"),
                ],
            },
        ),
    ],
}

PRINCIPLES = {
    "title": T(en="Principles", pt="Princípios", fr="Principes", es="Principios"),
    "introduction": T(
        en="Five principles guide the way MIEUX+ works.",
        pt="Cinco princípios orientam o trabalho da MIEUX+.",
        fr="Cinq principes guident le travail de MIEUX+.",
        es="Cinco principios guían el trabajo de MIEUX+.",
    ),
    "principles": [
        (
            "principle",
            {
                "title": T(
                    en="Demand-driven response",
                    pt="Resposta mediante solicitação",
                    fr="Réponse à la demande",
                    es="Respuesta a la demanda",
                ),
                "text": T(
                    en="Assistance starts from a request of the partner institution and answers "
                    "the needs it sets out.",
                    pt="A assistência parte de uma solicitação da instituição parceira e responde "
                    "às necessidades que esta identifica.",
                    fr="L’assistance part d’une demande de l’institution partenaire et répond aux "
                    "besoins qu’elle exprime.",
                    es="La asistencia parte de una solicitud de la institución socia y responde a "
                    "las necesidades que esta plantea.",
                ),
            },
        ),
        (
            "principle",
            {
                "title": T(
                    en="Partnership-based",
                    pt="Com base em parcerias",
                    fr="Fondée sur le partenariat",
                    es="Basada en la asociación",
                ),
                "text": T(
                    en="Partner institutions and experts work together as peers, and the "
                    "partners keep ownership of the results.",
                    pt="As instituições parceiras e os especialistas trabalham em conjunto, entre "
                    "pares, e os parceiros mantêm a apropriação dos resultados.",
                    fr="Les institutions partenaires et les experts travaillent ensemble, entre "
                    "pairs, et les partenaires gardent la maîtrise des résultats.",
                    es="Las instituciones socias y los expertos trabajan juntos, entre pares, y "
                    "los socios mantienen la apropiación de los resultados.",
                ),
            },
        ),
        (
            "principle",
            {
                "title": T(
                    en="EU expertise",
                    pt="Competências da UE",
                    fr="Expertise de l’UE",
                    es="Experiencia de la UE",
                ),
                "text": T(
                    en="Experts come mostly from EU Member States and share the practice of their "
                    "own administrations.",
                    pt="Os especialistas vêm, maioritariamente, de Estados-membros da UE e "
                    "partilham a prática das suas próprias administrações.",
                    fr="Les experts viennent principalement des États membres de l’UE et "
                    "partagent la pratique de leurs propres administrations.",
                    es="Los expertos proceden sobre todo de Estados miembros de la UE y comparten "
                    "la práctica de sus propias administraciones.",
                ),
            },
        ),
        (
            "principle",
            {
                "title": T(
                    en="Flexible and light management",
                    pt="Gestão flexível e ligeira",
                    fr="Gestion souple et légère",
                    es="Gestión flexible y ligera",
                ),
                "text": T(
                    en="Procedures are kept simple, so that assistance can be mobilised quickly "
                    "and adjusted as needs change.",
                    pt="Os procedimentos são simples, para que a assistência possa ser mobilizada "
                    "rapidamente e ajustada à evolução das necessidades.",
                    fr="Les procédures restent simples, afin que l’assistance puisse être "
                    "mobilisée rapidement et ajustée à l’évolution des besoins.",
                    es="Los procedimientos son sencillos, para que la asistencia pueda "
                    "movilizarse con rapidez y ajustarse a la evolución de las necesidades.",
                ),
            },
        ),
        (
            "principle",
            {
                "title": T(
                    en="South-South and triangular cooperation",
                    pt="Cooperação Sul-Sul e triangular",
                    fr="Coopération Sud-Sud et triangulaire",
                    es="Cooperación Sur-Sur y triangular",
                ),
                "text": T(
                    en="Experts from partner countries share their experience with peers in other "
                    "regions, alongside EU experts.",
                    pt="Especialistas de países parceiros partilham a sua experiência com pares "
                    "de outras regiões, ao lado de especialistas da UE.",
                    fr="Des experts de pays partenaires partagent leur expérience avec des pairs "
                    "d’autres régions, aux côtés d’experts de l’UE.",
                    es="Expertos de países socios comparten su experiencia con pares de otras "
                    "regiones, junto a expertos de la UE.",
                ),
            },
        ),
    ],
}


def _qa(question, answer):
    return {"question": question, "answer": rich_text(("p", answer))}


FAQ = {
    "title": T(
        en="Frequently asked questions",
        pt="Perguntas frequentes",
        fr="Questions fréquentes",
        es="Preguntas frecuentes",
    ),
    "introduction": T(
        en="Short answers to the questions partners and experts ask most often.",
        pt="Respostas curtas às perguntas que parceiros e especialistas colocam com mais "
        "frequência.",
        fr="De brèves réponses aux questions que les partenaires et les experts posent le plus "
        "souvent.",
        es="Respuestas breves a las preguntas que socios y expertos plantean con más frecuencia.",
    ),
    "body": [
        (
            "accordion",
            {
                "items": [
                    _qa(
                        T(
                            en="How does an institution request assistance?",
                            pt="Como é que uma instituição solicita assistência?",
                            fr="Comment une institution demande-t-elle une assistance ?",
                            es="¿Cómo solicita asistencia una institución?",
                        ),
                        T(
                            en="It sends an expression of interest through the MIEUX+ website, "
                            "followed by an official request letter to the MIEUX+ team or the "
                            "local EU Delegation. A template of the letter is available.",
                            pt="Envia uma manifestação de interesse pelo site da MIEUX+, seguida "
                            "de uma carta de solicitação oficial à equipa MIEUX+ ou à Delegação "
                            "local da UE. Está disponível um modelo da carta.",
                            fr="Elle envoie une manifestation d’intérêt via le site web de "
                            "MIEUX+, suivie d’une lettre de demande officielle à l’équipe MIEUX+ "
                            "ou à la délégation locale de l’UE. Un modèle de lettre est "
                            "disponible.",
                            es="Envía una manifestación de interés a través del sitio web de "
                            "MIEUX+, seguida de una carta de solicitud oficial al equipo de "
                            "MIEUX+ o a la Delegación local de la UE. Hay un modelo de carta "
                            "disponible.",
                        ),
                    ),
                    _qa(
                        T(
                            en="Who decides whether a request goes ahead?",
                            pt="Quem decide se uma solicitação avança?",
                            fr="Qui décide de la suite donnée à une demande ?",
                            es="¿Quién decide si una solicitud sigue adelante?",
                        ),
                        T(
                            en="The request is turned into an Action Fiche, which the Project "
                            "Committee of the European Commission and the European External "
                            "Action Service approves.",
                            pt="A solicitação é traduzida numa Ficha de Ação, aprovada pelo "
                            "Comité do Projeto da Comissão Europeia e do Serviço Europeu para a "
                            "Ação Externa.",
                            fr="La demande est traduite en fiche d’action, que le comité de "
                            "projet de la Commission européenne et du Service européen pour "
                            "l’action extérieure approuve.",
                            es="La solicitud se traduce en una ficha de acción, que aprueba el "
                            "Comité del Proyecto de la Comisión Europea y del Servicio Europeo "
                            "de Acción Exterior.",
                        ),
                    ),
                    _qa(
                        T(
                            en="Where do the experts come from?",
                            pt="De onde vêm os especialistas?",
                            fr="D’où viennent les experts ?",
                            es="¿De dónde proceden los expertos?",
                        ),
                        T(
                            en="Mostly from EU Member States, but also from other countries, "
                            "including partner countries sharing their experience with peers.",
                            pt="Maioritariamente de Estados-membros da UE, mas também de outros "
                            "países, incluindo países parceiros que partilham a sua experiência "
                            "com os seus pares.",
                            fr="Principalement des États membres de l’UE, mais aussi d’autres "
                            "pays, y compris des pays partenaires qui partagent leur expérience "
                            "avec leurs pairs.",
                            es="Sobre todo de Estados miembros de la UE, pero también de otros "
                            "países, incluidos países socios que comparten su experiencia con "
                            "sus pares.",
                        ),
                    ),
                    _qa(
                        T(
                            en="How can I become a MIEUX+ expert?",
                            pt="Como posso tornar-me especialista MIEUX+?",
                            fr="Comment devenir expert MIEUX+ ?",
                            es="¿Cómo puedo convertirme en experto de MIEUX+?",
                        ),
                        T(
                            en="Send your CV to the Expert Roster through this website.",
                            pt="Envie o seu CV para a lista de especialistas através deste "
                            "website.",
                            fr="Envoyez votre CV pour rejoindre la liste d’experts via ce site "
                            "web.",
                            es="Envíe su CV a la lista de expertos a través de este sitio web.",
                        ),
                    ),
                ]
            },
        ),
        (
            "quote",
            {
                "quote": T(
                    en="MIEUX+ is an excellent initiative. It is fast, targeted, flexible, and the "
                    "bureaucracy is minimal.",
                    pt="A MIEUX+ é uma excelente iniciativa. É rápida, direcionada, flexível, e a "
                    "burocracia é mínima.",
                    fr="MIEUX+ est une excellente initiative. Elle est rapide, ciblée, flexible, "
                    "et la bureaucratie y est minimale.",
                    es="MIEUX+ es una excelente iniciativa. Es rápida, específica, flexible y la "
                    "burocracia es mínima.",
                ),
                "attribution": T(
                    en="MIEUX+ partner country",
                    pt="País parceiro MIEUX+",
                    fr="Pays partenaire de MIEUX+",
                    es="País socio de MIEUX+",
                ),
            },
        ),
    ],
}


def _fill_home(home):
    """Give the English home page its sections on the first run (the site frame created it
    bare); later runs leave it, and any editor's changes, alone."""
    if home.hero_purpose:
        return
    for name, value in english(HOME).items():
        setattr(home, name, value)
    home.save_revision().publish()


def build(home):
    _fill_home(home)
    menu = {"show_in_menus": True}
    child_page(home, HowItWorksPage, "how-it-works", **HOW_IT_WORKS, **menu)
    child_page(home, EligibilityPage, "who-can-request", **ELIGIBILITY, **menu)
    index = child_page(home, ThematicAreasIndexPage, "thematic-areas", **THEMATIC_AREAS, **menu)
    for area in ThematicArea.objects.all():
        title, subtopics = AREAS[area.key]
        child_page(
            index,
            ThematicAreaPage,
            area.key,
            title=title,
            introduction=AREA_INTRODUCTIONS[area.key],
            thematic_area=area,
            subtopics=[("subtopic", subtopic) for subtopic in subtopics],
        )
    child_page(home, ActivitiesPage, "activities", **ACTIVITIES, **menu)
    child_page(home, PrinciplesPage, "principles", **PRINCIPLES, **menu)
    child_page(home, StandardPage, "faq", **FAQ, **menu)
