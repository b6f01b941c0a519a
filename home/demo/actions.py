"""Demo content of "Where MIEUX+ is active": the overview, one page per region and the Actions.

The Actions are plausible examples written for the demo (partner institutions of the kind MIEUX+
works with, sober summaries), not a record of real projects.
"""

from dataclasses import dataclass

from django.utils.text import slugify

from home.demo.text import T
from home.models import Action, ActionsIndexPage, ActionStatus, Region, RegionPage, ThematicArea

OVERVIEW_SLUG = "where-we-work"
OVERVIEW_TITLE = T(
    en="Where MIEUX+ is active",
    pt="Onde o MIEUX+ atua",
    fr="Où MIEUX+ intervient",
    es="Dónde actúa MIEUX+",
)
OVERVIEW_INTRO = T(
    en=(
        "MIEUX+ works with partner institutions in Africa, Asia, Latin America and the Caribbean "
        "and the European Neighbourhood. Each Action answers a request from a partner "
        "institution and is carried out by peer experts."
    ),
    pt=(
        "O MIEUX+ trabalha com instituições parceiras em África, na Ásia, na América Latina e "
        "Caraíbas e na Vizinhança Europeia. Cada Ação responde a um pedido de uma instituição "
        "parceira e é realizada por especialistas entre pares."
    ),
    fr=(
        "MIEUX+ travaille avec des institutions partenaires en Afrique, en Asie, en Amérique "
        "latine et dans les Caraïbes et dans le voisinage européen. Chaque Action répond à la "
        "demande d’une institution partenaire et est menée par des experts pairs."
    ),
    es=(
        "MIEUX+ trabaja con instituciones socias en África, Asia, América Latina y el Caribe y "
        "la Vecindad Europea. Cada Acción responde a la solicitud de una institución socia y la "
        "llevan a cabo expertos homólogos."
    ),
)

REGIONS = {
    Region.WEST_CENTRAL_AFRICA: (
        T(
            en="West and Central Africa",
            pt="África Ocidental e Central",
            fr="Afrique de l’Ouest et du Centre",
            es="África Occidental y Central",
        ),
        T(
            en="Actions with partner institutions from the Gulf of Guinea to the Sahel.",
            pt="Ações com instituições parceiras do Golfo da Guiné ao Sahel.",
            fr="Des Actions avec des institutions partenaires du golfe de Guinée au Sahel.",
            es="Acciones con instituciones socias desde el golfo de Guinea hasta el Sahel.",
        ),
    ),
    Region.EAST_SOUTHERN_AFRICA: (
        T(
            en="East and Southern Africa",
            pt="África Oriental e Austral",
            fr="Afrique de l’Est et australe",
            es="África Oriental y Austral",
        ),
        T(
            en="Actions with partner institutions from the Horn of Africa to southern Africa.",
            pt="Ações com instituições parceiras do Corno de África à África Austral.",
            fr="Des Actions avec des institutions partenaires de la Corne de l’Afrique à "
            "l’Afrique australe.",
            es="Acciones con instituciones socias desde el Cuerno de África hasta África Austral.",
        ),
    ),
    Region.EUROPEAN_NEIGHBOURHOOD: (
        T(
            en="European Neighbourhood",
            pt="Vizinhança Europeia",
            fr="Voisinage européen",
            es="Vecindad Europea",
        ),
        T(
            en="Actions with partner institutions in the EU’s eastern and southern neighbours.",
            pt="Ações com instituições parceiras nos países vizinhos a leste e a sul da UE.",
            fr="Des Actions avec des institutions partenaires des voisins orientaux et "
            "méridionaux de l’UE.",
            es="Acciones con instituciones socias de los países vecinos del este y del sur de "
            "la UE.",
        ),
    ),
    Region.LATIN_AMERICA_CARIBBEAN: (
        T(
            en="Latin America and the Caribbean",
            pt="América Latina e Caraíbas",
            fr="Amérique latine et Caraïbes",
            es="América Latina y el Caribe",
        ),
        T(
            en="Actions with partner institutions from Central America to the Southern Cone.",
            pt="Ações com instituições parceiras da América Central ao Cone Sul.",
            fr="Des Actions avec des institutions partenaires de l’Amérique centrale au cône Sud.",
            es="Acciones con instituciones socias desde Centroamérica hasta el Cono Sur.",
        ),
    ),
    Region.ASIA: (
        T(en="Asia", pt="Ásia", fr="Asie", es="Asia"),
        T(
            en="Actions with partner institutions in South and South-East Asia.",
            pt="Ações com instituições parceiras no Sul e no Sudeste Asiático.",
            fr="Des Actions avec des institutions partenaires d’Asie du Sud et du Sud-Est.",
            es="Acciones con instituciones socias del sur y el sudeste de Asia.",
        ),
    ),
}


@dataclass(frozen=True)
class DemoAction:
    name: T
    countries: list
    institution: T
    region: Region
    areas: list
    start: int
    end: int | None
    summary: T


ONGOING, COMPLETED = ActionStatus.ONGOING, ActionStatus.COMPLETED
W, E, N, L, A = (
    Region.WEST_CENTRAL_AFRICA,
    Region.EAST_SOUTHERN_AFRICA,
    Region.EUROPEAN_NEIGHBOURHOOD,
    Region.LATIN_AMERICA_CARIBBEAN,
    Region.ASIA,
)

ACTIONS = [
    DemoAction(
        T(en="Benin II", pt="Benim II", fr="Bénin II", es="Benín II"),
        ["BJ"],
        T(
            en="Directorate for Beninese Abroad, Ministry of Foreign Affairs",
            pt="Direção dos Beninenses no Estrangeiro, Ministério dos Negócios Estrangeiros",
            fr="Direction des Béninois de l’extérieur, ministère des Affaires étrangères",
            es="Dirección de Beninenses en el Exterior, Ministerio de Asuntos Exteriores",
        ),
        W,
        ["migration-development", "horizontal"],
        2021,
        2023,
        T(
            en="Helped the ministry draft an action plan for engaging the diaspora and set up a "
            "working group that brings together the institutions concerned.",
            pt="Apoiou o ministério na elaboração de um plano de ação para envolver a diáspora e "
            "na criação de um grupo de trabalho que reúne as instituições envolvidas.",
            fr="A aidé le ministère à rédiger un plan d’action pour mobiliser la diaspora et à "
            "créer un groupe de travail réunissant les institutions concernées.",
            es="Ayudó al ministerio a redactar un plan de acción para implicar a la diáspora y a "
            "crear un grupo de trabajo que reúne a las instituciones interesadas.",
        ),
    ),
    DemoAction(
        T(en="Benin and Togo", pt="Benim e Togo", fr="Bénin et Togo", es="Benín y Togo"),
        ["BJ", "TG"],
        T(
            en="Immigration services of Benin and Togo",
            pt="Serviços de imigração do Benim e do Togo",
            fr="Services de l’immigration du Bénin et du Togo",
            es="Servicios de inmigración de Benín y Togo",
        ),
        W,
        ["irregular-migration"],
        2024,
        None,
        T(
            en="Supports joint training of border officials from both countries on identifying "
            "and referring victims of trafficking in human beings.",
            pt="Apoia a formação conjunta de agentes de fronteira dos dois países na "
            "identificação e no encaminhamento de vítimas de tráfico de seres humanos.",
            fr="Soutient la formation conjointe d’agents des frontières des deux pays à "
            "l’identification et à l’orientation des victimes de la traite des êtres humains.",
            es="Apoya la formación conjunta de agentes de fronteras de ambos países en la "
            "identificación y derivación de víctimas de trata de seres humanos.",
        ),
    ),
    DemoAction(
        T(en="Cabo Verde", pt="Cabo Verde", fr="Cabo Verde", es="Cabo Verde"),
        ["CV"],
        T(
            en="Immigration Coordination Unit",
            pt="Unidade de Coordenação da Imigração",
            fr="Unité de coordination de l’immigration",
            es="Unidad de Coordinación de la Inmigración",
        ),
        W,
        ["legal-migration", "horizontal"],
        2019,
        2021,
        T(
            en="Reviewed the national immigration strategy with the unit and trained its staff "
            "in collecting and sharing migration data.",
            pt="Reviu com a unidade a estratégia nacional de imigração e formou o seu pessoal na "
            "recolha e partilha de dados sobre migração.",
            fr="A révisé avec l’unité la stratégie nationale d’immigration et formé son personnel "
            "à la collecte et au partage des données migratoires.",
            es="Revisó con la unidad la estrategia nacional de inmigración y formó a su personal "
            "en la recogida y el intercambio de datos migratorios.",
        ),
    ),
    DemoAction(
        T(en="Côte d’Ivoire", pt="Costa do Marfim", fr="Côte d’Ivoire", es="Costa de Marfil"),
        ["CI"],
        T(
            en="Directorate-General for Ivorians Abroad",
            pt="Direção-Geral dos Costa-Marfinenses no Exterior",
            fr="Direction générale des Ivoiriens de l’extérieur",
            es="Dirección General de Marfileños en el Exterior",
        ),
        W,
        ["migration-development"],
        2022,
        None,
        T(
            en="Supports the directorate in mapping its diaspora and in designing services for "
            "citizens abroad who wish to invest or return.",
            pt="Apoia a direção no mapeamento da sua diáspora e na conceção de serviços para os "
            "cidadãos no estrangeiro que desejem investir ou regressar.",
            fr="Appuie la direction dans la cartographie de sa diaspora et la conception de "
            "services pour les citoyens à l’étranger qui souhaitent investir ou revenir.",
            es="Apoya a la dirección en la cartografía de su diáspora y en el diseño de "
            "servicios para los ciudadanos en el exterior que deseen invertir o regresar.",
        ),
    ),
    DemoAction(
        T(en="Ghana", pt="Gana", fr="Ghana", es="Ghana"),
        ["GH"],
        T(
            en="Ghana Immigration Service",
            pt="Serviço de Imigração do Gana",
            fr="Service de l’immigration du Ghana",
            es="Servicio de Inmigración de Ghana",
        ),
        W,
        ["irregular-migration", "horizontal"],
        2023,
        None,
        T(
            en="Works with the service on a training curriculum on border management and on "
            "the detection of forged travel documents.",
            pt="Trabalha com o serviço num currículo de formação sobre gestão de fronteiras e "
            "deteção de documentos de viagem falsificados.",
            fr="Travaille avec le service à un programme de formation sur la gestion des "
            "frontières et la détection des documents de voyage falsifiés.",
            es="Trabaja con el servicio en un programa de formación sobre gestión de fronteras "
            "y detección de documentos de viaje falsificados.",
        ),
    ),
    DemoAction(
        T(en="Nigeria", pt="Nigéria", fr="Nigeria", es="Nigeria"),
        ["NG"],
        T(
            en="National Agency for the Prohibition of Trafficking in Persons",
            pt="Agência Nacional para a Proibição do Tráfico de Pessoas",
            fr="Agence nationale pour l’interdiction de la traite des personnes",
            es="Agencia Nacional para la Prohibición de la Trata de Personas",
        ),
        W,
        ["irregular-migration"],
        2020,
        2022,
        T(
            en="Strengthened the agency’s standard procedures for assisting victims and trained "
            "its investigators together with peers from EU member states.",
            pt="Reforçou os procedimentos normalizados da agência de apoio às vítimas e formou os "
            "seus investigadores em conjunto com homólogos de Estados-Membros da UE.",
            fr="A renforcé les procédures types de l’agence pour l’assistance aux victimes et "
            "formé ses enquêteurs avec des pairs d’États membres de l’UE.",
            es="Reforzó los procedimientos normalizados de la agencia para la asistencia a las "
            "víctimas y formó a sus investigadores junto con homólogos de Estados miembros de la "
            "UE.",
        ),
    ),
    DemoAction(
        T(en="Kenya", pt="Quénia", fr="Kenya", es="Kenia"),
        ["KE"],
        T(
            en="State Department for Diaspora Affairs",
            pt="Departamento de Estado para os Assuntos da Diáspora",
            fr="Département d’État chargé des affaires de la diaspora",
            es="Departamento de Estado de Asuntos de la Diáspora",
        ),
        E,
        ["migration-development", "legal-migration"],
        2023,
        None,
        T(
            en="Supports the preparation of pre-departure guidance for labour migrants and of "
            "a framework for cooperation with diaspora associations.",
            pt="Apoia a preparação de orientações pré-partida para trabalhadores migrantes e de "
            "um quadro de cooperação com as associações da diáspora.",
            fr="Soutient la préparation d’informations avant le départ pour les travailleurs "
            "migrants et d’un cadre de coopération avec les associations de la diaspora.",
            es="Apoya la preparación de orientaciones previas a la salida para trabajadores "
            "migrantes y de un marco de cooperación con las asociaciones de la diáspora.",
        ),
    ),
    DemoAction(
        T(en="Ethiopia", pt="Etiópia", fr="Éthiopie", es="Etiopía"),
        ["ET"],
        T(
            en="Refugees and Returnees Service",
            pt="Serviço para os Refugiados e Retornados",
            fr="Service des réfugiés et des rapatriés",
            es="Servicio para Refugiados y Retornados",
        ),
        E,
        ["international-protection"],
        2021,
        2023,
        T(
            en="Helped the service improve its case management for asylum applications and "
            "produce a handbook for first-instance decision makers.",
            pt="Ajudou o serviço a melhorar a gestão dos pedidos de asilo e a elaborar um manual "
            "para os decisores em primeira instância.",
            fr="A aidé le service à améliorer la gestion des demandes d’asile et à produire un "
            "manuel pour les agents qui statuent en première instance.",
            es="Ayudó al servicio a mejorar la gestión de las solicitudes de asilo y a elaborar "
            "un manual para quienes deciden en primera instancia.",
        ),
    ),
    DemoAction(
        T(en="Zambia", pt="Zâmbia", fr="Zambie", es="Zambia"),
        ["ZM"],
        T(
            en="Department of Immigration",
            pt="Departamento de Imigração",
            fr="Département de l’immigration",
            es="Departamento de Inmigración",
        ),
        E,
        ["legal-migration", "horizontal"],
        2024,
        None,
        T(
            en="Supports the department in reviewing its permit procedures and in improving "
            "the quality of its migration statistics.",
            pt="Apoia o departamento na revisão dos procedimentos de autorização de residência e "
            "na melhoria da qualidade das suas estatísticas de migração.",
            fr="Appuie le département dans la révision de ses procédures de délivrance des "
            "permis et l’amélioration de ses statistiques migratoires.",
            es="Apoya al departamento en la revisión de sus procedimientos de permisos y en la "
            "mejora de la calidad de sus estadísticas migratorias.",
        ),
    ),
    DemoAction(
        T(en="Georgia", pt="Geórgia", fr="Géorgie", es="Georgia"),
        ["GE"],
        T(
            en="State Commission on Migration Issues",
            pt="Comissão Estatal para as Questões Migratórias",
            fr="Commission d’État pour les questions migratoires",
            es="Comisión Estatal de Asuntos Migratorios",
        ),
        N,
        ["legal-migration", "horizontal"],
        2020,
        2022,
        T(
            en="Assisted the commission in evaluating the national migration strategy and in "
            "preparing the next strategy with its member institutions.",
            pt="Apoiou a comissão na avaliação da estratégia nacional de migração e na "
            "preparação da estratégia seguinte com as instituições que a integram.",
            fr="A accompagné la commission dans l’évaluation de la stratégie migratoire "
            "nationale et la préparation de la suivante avec ses institutions membres.",
            es="Asistió a la comisión en la evaluación de la estrategia migratoria nacional y en "
            "la preparación de la siguiente con sus instituciones miembros.",
        ),
    ),
    DemoAction(
        T(en="Armenia", pt="Arménia", fr="Arménie", es="Armenia"),
        ["AM"],
        T(
            en="Migration and Citizenship Service",
            pt="Serviço de Migração e Cidadania",
            fr="Service des migrations et de la citoyenneté",
            es="Servicio de Migración y Ciudadanía",
        ),
        N,
        ["international-protection"],
        2023,
        None,
        T(
            en="Supports the service in training its asylum officers on interviewing techniques "
            "and on the use of country-of-origin information.",
            pt="Apoia o serviço na formação dos seus técnicos de asilo em técnicas de entrevista "
            "e na utilização de informação sobre os países de origem.",
            fr="Soutient le service dans la formation de ses agents de l’asile aux techniques "
            "d’entretien et à l’utilisation des informations sur les pays d’origine.",
            es="Apoya al servicio en la formación de sus funcionarios de asilo en técnicas de "
            "entrevista y en el uso de información sobre los países de origen.",
        ),
    ),
    DemoAction(
        T(en="Morocco", pt="Marrocos", fr="Maroc", es="Marruecos"),
        ["MA"],
        T(
            en="Ministry in charge of Moroccans Living Abroad",
            pt="Ministério responsável pelos Marroquinos Residentes no Estrangeiro",
            fr="Ministère chargé des Marocains résidant à l’étranger",
            es="Ministerio encargado de los Marroquíes Residentes en el Extranjero",
        ),
        N,
        ["migration-development"],
        2019,
        2021,
        T(
            en="Exchanged practices with EU peers on involving diaspora professionals in "
            "development projects and drafted guidelines for local authorities.",
            pt="Promoveu o intercâmbio de práticas com homólogos da UE sobre o envolvimento de "
            "profissionais da diáspora em projetos de desenvolvimento e elaborou orientações para "
            "as autoridades locais.",
            fr="A permis d’échanger avec des pairs de l’UE sur la participation des "
            "professionnels de la diaspora aux projets de développement et de rédiger des lignes "
            "directrices pour les autorités locales.",
            es="Permitió intercambiar prácticas con homólogos de la UE sobre la participación de "
            "profesionales de la diáspora en proyectos de desarrollo y redactar directrices para "
            "las autoridades locales.",
        ),
    ),
    DemoAction(
        T(en="Jordan", pt="Jordânia", fr="Jordanie", es="Jordania"),
        ["JO"],
        T(
            en="Ministry of Labour",
            pt="Ministério do Trabalho",
            fr="Ministère du Travail",
            es="Ministerio de Trabajo",
        ),
        N,
        ["legal-migration"],
        2024,
        None,
        T(
            en="Supports the ministry in improving the inspection of recruitment agencies and "
            "the information given to migrant workers on their rights.",
            pt="Apoia o ministério na melhoria da inspeção das agências de recrutamento e da "
            "informação prestada aos trabalhadores migrantes sobre os seus direitos.",
            fr="Soutient le ministère dans l’amélioration de l’inspection des agences de "
            "recrutement et de l’information des travailleurs migrants sur leurs droits.",
            es="Apoya al ministerio en la mejora de la inspección de las agencias de contratación "
            "y de la información a los trabajadores migrantes sobre sus derechos.",
        ),
    ),
    DemoAction(
        T(en="Costa Rica", pt="Costa Rica", fr="Costa Rica", es="Costa Rica"),
        ["CR"],
        T(
            en="General Directorate of Migration and Foreigners",
            pt="Direção-Geral de Migração e Estrangeiros",
            fr="Direction générale des migrations et des étrangers",
            es="Dirección General de Migración y Extranjería",
        ),
        L,
        ["international-protection", "legal-migration"],
        2022,
        None,
        T(
            en="Works with the directorate on the registration of asylum seekers and on "
            "procedures that give them access to legal residence and work.",
            pt="Trabalha com a direção no registo dos requerentes de asilo e em procedimentos que "
            "lhes dão acesso à residência legal e ao trabalho.",
            fr="Travaille avec la direction sur l’enregistrement des demandeurs d’asile et sur "
            "les procédures qui leur donnent accès au séjour légal et au travail.",
            es="Trabaja con la dirección en el registro de solicitantes de asilo y en "
            "procedimientos que les dan acceso a la residencia legal y al trabajo.",
        ),
    ),
    DemoAction(
        T(en="Ecuador", pt="Equador", fr="Équateur", es="Ecuador"),
        ["EC"],
        T(
            en="Ministry of Foreign Affairs and Human Mobility",
            pt="Ministério dos Negócios Estrangeiros e da Mobilidade Humana",
            fr="Ministère des Affaires étrangères et de la Mobilité humaine",
            es="Ministerio de Relaciones Exteriores y Movilidad Humana",
        ),
        L,
        ["irregular-migration"],
        2021,
        2023,
        T(
            en="Helped the ministry update its protocol for the protection of victims of "
            "trafficking and train the staff who apply it.",
            pt="Ajudou o ministério a atualizar o seu protocolo de proteção das vítimas de "
            "tráfico e a formar o pessoal que o aplica.",
            fr="A aidé le ministère à actualiser son protocole de protection des victimes de la "
            "traite et à former le personnel qui l’applique.",
            es="Ayudó al ministerio a actualizar su protocolo de protección de las víctimas de "
            "trata y a formar al personal que lo aplica.",
        ),
    ),
    DemoAction(
        T(en="Paraguay", pt="Paraguai", fr="Paraguay", es="Paraguay"),
        ["PY"],
        T(
            en="National Directorate of Migration",
            pt="Direção Nacional de Migrações",
            fr="Direction nationale des migrations",
            es="Dirección Nacional de Migraciones",
        ),
        L,
        ["legal-migration", "horizontal"],
        2024,
        None,
        T(
            en="Supports the directorate in simplifying residence procedures and in planning "
            "the digitalisation of its records.",
            pt="Apoia a direção na simplificação dos procedimentos de residência e no "
            "planeamento da digitalização dos seus registos.",
            fr="Appuie la direction dans la simplification des procédures de séjour et la "
            "planification de la numérisation de ses registres.",
            es="Apoya a la dirección en la simplificación de los trámites de residencia y en la "
            "planificación de la digitalización de sus registros.",
        ),
    ),
    DemoAction(
        T(en="Philippines", pt="Filipinas", fr="Philippines", es="Filipinas"),
        ["PH"],
        T(
            en="Department of Migrant Workers",
            pt="Departamento dos Trabalhadores Migrantes",
            fr="Département des travailleurs migrants",
            es="Departamento de Trabajadores Migrantes",
        ),
        A,
        ["legal-migration", "migration-development"],
        2023,
        None,
        T(
            en="Supports the department in preparing services for returning migrant workers, "
            "including the recognition of skills acquired abroad.",
            pt="Apoia o departamento na preparação de serviços para os trabalhadores migrantes "
            "que regressam, incluindo o reconhecimento das competências adquiridas no "
            "estrangeiro.",
            fr="Soutient le département dans la préparation de services pour les travailleurs "
            "migrants de retour, dont la reconnaissance des compétences acquises à l’étranger.",
            es="Apoya al departamento en la preparación de servicios para los trabajadores "
            "migrantes que regresan, incluido el reconocimiento de las competencias adquiridas en "
            "el extranjero.",
        ),
    ),
    DemoAction(
        T(en="Cambodia", pt="Camboja", fr="Cambodge", es="Camboya"),
        ["KH"],
        T(
            en="Ministry of Labour and Vocational Training",
            pt="Ministério do Trabalho e da Formação Profissional",
            fr="Ministère du Travail et de la Formation professionnelle",
            es="Ministerio de Trabajo y Formación Profesional",
        ),
        A,
        ["irregular-migration", "legal-migration"],
        2020,
        2022,
        T(
            en="Trained labour inspectors to recognise forced labour and trafficking in "
            "recruitment and drafted a referral guide with the ministry.",
            pt="Formou inspetores do trabalho para reconhecerem trabalho forçado e tráfico no "
            "recrutamento e elaborou com o ministério um guia de encaminhamento.",
            fr="A formé des inspecteurs du travail à repérer le travail forcé et la traite dans "
            "le recrutement et rédigé avec le ministère un guide d’orientation.",
            es="Formó a inspectores de trabajo para detectar el trabajo forzoso y la trata en la "
            "contratación y redactó con el ministerio una guía de derivación.",
        ),
    ),
    DemoAction(
        T(en="Bangladesh", pt="Bangladesh", fr="Bangladesh", es="Bangladés"),
        ["BD"],
        T(
            en="Ministry of Expatriates’ Welfare and Overseas Employment",
            pt="Ministério do Bem-Estar dos Expatriados e do Emprego no Estrangeiro",
            fr="Ministère du Bien-être des expatriés et de l’Emploi à l’étranger",
            es="Ministerio de Bienestar de los Expatriados y Empleo en el Extranjero",
        ),
        A,
        ["legal-migration"],
        2022,
        None,
        T(
            en="Supports the ministry in developing information for prospective migrants on "
            "safe and regular ways to work abroad.",
            pt="Apoia o ministério na elaboração de informação para potenciais migrantes sobre "
            "vias seguras e regulares para trabalhar no estrangeiro.",
            fr="Appuie le ministère dans l’élaboration d’informations pour les candidats à la "
            "migration sur les voies sûres et régulières pour travailler à l’étranger.",
            es="Apoya al ministerio en la elaboración de información para posibles migrantes "
            "sobre vías seguras y regulares para trabajar en el extranjero.",
        ),
    ),
]


def build(english_home):
    overview = _overview(english_home)
    for region, (title, intro) in REGIONS.items():
        _region_page(overview, region, title, intro)
    areas = {area.key: area for area in ThematicArea.objects.all()}
    for demo in ACTIONS:
        _action(english_home.locale, demo, areas)


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _overview(home):
    overview = ActionsIndexPage.objects.child_of(home).first()
    if overview is None:
        overview = _publish(
            home,
            ActionsIndexPage(
                title=OVERVIEW_TITLE.en,
                slug=OVERVIEW_SLUG,
                intro=f"<p>{OVERVIEW_INTRO.en}</p>",
                show_in_menus=True,
            ),
        )
    return overview


def _region_page(overview, region, title, intro):
    if not RegionPage.objects.child_of(overview).filter(region=region).exists():
        _publish(
            overview,
            RegionPage(
                title=title.en,
                slug=slugify(title.en),
                region=region,
                intro=f"<p>{intro.en}</p>",
            ),
        )


def _action(locale, demo, areas):
    if Action.objects.filter(locale=locale, name=demo.name.en).exists():
        return
    action = Action(
        locale=locale,
        name=demo.name.en,
        countries=demo.countries,
        institution=demo.institution.en,
        region=demo.region,
        start_year=demo.start,
        end_year=demo.end,
        status=COMPLETED if demo.end else ONGOING,
        summary=demo.summary.en,
    )
    action.thematic_areas = [areas[key] for key in demo.areas]
    action.save()
